package it.casa.platform.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * The embedded authorization server (Spring Authorization Server) that makes CASA run with no identity provider to
 * install: its keys, clients and stores, and its endpoints' filter chain, which matches nothing when an external
 * provider is configured.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedAuthorizationServerConfiguration {

	@Bean
	JWKSource<SecurityContext> jwkSource(SecurityProperties properties, JdbcTemplate jdbc) {
		JWKSet keys = properties.externalProvider() ? new JWKSet() : EmbeddedIdentityProvider.signingKeys(jdbc);
		return new ImmutableJWKSet<>(keys);
	}

	@Bean
	JwtEncoder jwtEncoder(JWKSource<SecurityContext> keys) {
		return new NimbusJwtEncoder(keys);
	}

	@Bean
	RegisteredClientRepository registeredClientRepository(JdbcTemplate jdbc,
			ObjectProvider<EmbeddedIdentityProvider> provider) {
		JdbcRegisteredClientRepository clients = new JdbcRegisteredClientRepository(jdbc);
		provider.ifAvailable(embedded -> embedded.registerClients(clients));
		return clients;
	}

	@Bean
	OAuth2AuthorizationService authorizationService(JdbcTemplate jdbc, RegisteredClientRepository clients) {
		return new JdbcOAuth2AuthorizationService(jdbc, clients);
	}

	@Bean
	OAuth2AuthorizationConsentService authorizationConsentService(JdbcTemplate jdbc, RegisteredClientRepository clients) {
		return new JdbcOAuth2AuthorizationConsentService(jdbc, clients);
	}

	@Bean
	AuthorizationServerSettings authorizationServerSettings(SecurityProperties properties) {
		return AuthorizationServerSettings.builder().issuer(properties.publicUrl()).build();
	}

	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> casaClaims(ObjectProvider<EmbeddedIdentityProvider> provider) {
		return context -> provider.ifAvailable(embedded -> embedded.customize(context));
	}

	@Bean
	@Order(1)
	SecurityFilterChain authorizationServerChain(HttpSecurity http, SecurityProperties properties) throws Exception {
		OAuth2AuthorizationServerConfigurer authorizationServer = new OAuth2AuthorizationServerConfigurer();
		RequestMatcher endpoints = properties.externalProvider() ? request -> false
				: authorizationServer.getEndpointsMatcher();
		http.securityMatcher(endpoints)
			.with(authorizationServer, server -> server.oidc(Customizer.withDefaults()))
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
					new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityConfiguration.CONTENT_SECURITY_POLICY)));
		return http.build();
	}

}
