package it.casa.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

/**
 * An external provider that is down or still starting must not stop CASA from starting: its metadata is fetched
 * when first needed (a login, a bearer token), and again at the next need if that failed.
 */
class ExternalProviderDiscoveryTests {

	// Nothing listens on port 9 (discard) here: connection refused at once.
	static final SecurityProperties UNREACHABLE = new SecurityProperties(null, null,
			new SecurityProperties.Oidc("http://127.0.0.1:9/realms/casa", "casa-web", "secret"), null,
			new SecurityProperties.EmbeddedIdp(null, List.of(), List.of()));

	final ApiSecurityConfiguration api = new ApiSecurityConfiguration();

	final BrowserSecurityConfiguration browser = new BrowserSecurityConfiguration();

	@Test
	void startsWhileTheProviderIsUnreachableAndDiscoversAtFirstLogin() {
		ClientRegistrationRepository registrations = browser.clientRegistrations(UNREACHABLE,
				new StaticListableBeanFactory().getBeanProvider(EmbeddedIdentityProvider.class));

		assertThat(registrations.findByRegistrationId("another")).isNull();
		assertThatThrownBy(() -> registrations.findByRegistrationId("casa")).isInstanceOf(RuntimeException.class);
		// not remembered: a later login tries again
		assertThatThrownBy(() -> registrations.findByRegistrationId("casa")).isInstanceOf(RuntimeException.class);
	}

	@Test
	void startsWhileTheProviderIsUnreachableAndDiscoversAtFirstBearerToken() {
		JwtDecoder decoder = api.jwtDecoder(UNREACHABLE, new ImmutableJWKSet<>(new JWKSet()));

		assertThatThrownBy(() -> decoder.decode("any.token.here")).isInstanceOf(RuntimeException.class);
	}
}
