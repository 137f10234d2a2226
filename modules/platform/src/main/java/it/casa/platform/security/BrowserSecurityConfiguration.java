package it.casa.platform.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.util.function.SingletonSupplier;

/**
 * The browser: OpenID Connect login through the backend (the BFF pattern, with PKCE), the embedded provider's login
 * form when there is one, and logout at the application and at the provider.
 */
@Configuration(proxyBeanMethods = false)
class BrowserSecurityConfiguration {

	@Bean
	ClientRegistrationRepository clientRegistrations(SecurityProperties properties,
			ObjectProvider<EmbeddedIdentityProvider> provider) {
		if (properties.externalProvider()) {
			// The provider's metadata is fetched at the first login, not at start-up: a provider that is down or still
			// starting (compose, a rolling update) must not stop CASA from starting and serving the sessions it holds.
			// A failed discovery is not remembered; the next login tries again.
			SingletonSupplier<ClientRegistration> discovered = SingletonSupplier
				.of(() -> ClientRegistrations.fromIssuerLocation(properties.oidc().issuerUri())
					.registrationId("casa")
					.clientId(properties.oidc().clientId())
					.clientSecret(properties.oidc().clientSecret())
					.scope("openid", "profile")
					.build());
			return registrationId -> "casa".equals(registrationId) ? discovered.obtain() : null;
		}
		String base = properties.publicUrl();
		ClientRegistration registration = ClientRegistration.withRegistrationId("casa")
			.clientId(EmbeddedIdentityProvider.WEB_CLIENT_ID)
			.clientSecret(provider.getObject().webClientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope("openid", "profile")
			.authorizationUri(base + "/oauth2/authorize")
			.tokenUri(base + "/oauth2/token")
			.jwkSetUri(base + "/oauth2/jwks")
			.issuerUri(base)
			.userNameAttributeName("sub")
			.providerConfigurationMetadata(Map.of("end_session_endpoint", base + "/connect/logout"))
			.clientName("CASA")
			.build();
		return new InMemoryClientRegistrationRepository(registration);
	}

	@Bean
	@Order(3)
	SecurityFilterChain browserChain(HttpSecurity http, ClientRegistrationRepository registrations,
			CasaPrincipals principals, ObjectProvider<EmbeddedIdentityProvider> provider) throws Exception {
		DefaultOAuth2AuthorizationRequestResolver authorizationRequests = new DefaultOAuth2AuthorizationRequestResolver(
				registrations, "/oauth2/authorization");
		authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		// Sign-out ends the session here, then at the provider, which sends the browser back to CASA's signed-out page.
		// A provider that offers no end-session endpoint keeps its own session: the page says so.
		OidcClientInitiatedLogoutSuccessHandler logoutAtProvider = new OidcClientInitiatedLogoutSuccessHandler(registrations);
		logoutAtProvider.setPostLogoutRedirectUri("{baseUrl}" + EmbeddedIdentityProvider.SIGNED_OUT_PAGE);
		logoutAtProvider.setDefaultTargetUrl(EmbeddedIdentityProvider.SIGNED_OUT_PAGE + "?provider=open");

		http.authorizeHttpRequests(requests -> requests
			// Pages of the single-page application (index.html) that load signed out: the signed-out page, and the page
			// where a user whose session ended signs in again in another tab, which starts the login itself so that it
			// comes back there (the provider's own login, in this same session, would replace a request saved here).
			.requestMatchers("/assets/**", "/locales/**", "/favicon.ico", "/*.svg", "/*.png", "/*.webmanifest", "/login",
					EmbeddedIdentityProvider.SIGNED_OUT_PAGE, "/signed-in", "/index.html", "/error", "/actuator/health", "/actuator/health/**", "/actuator/info",
					"/v3/api-docs", "/v3/api-docs/**")
			.permitAll()
			.anyRequest()
			.authenticated())
			.oauth2Login(login -> login.loginPage("/oauth2/authorization/casa")
				.authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(authorizationRequests))
				.userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(casaAuthorities(principals))))
			.logout(logout -> logout.logoutSuccessHandler(logoutAtProvider))
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/oauth2/authorization/casa")))
			// Plain tokens: the single-page application posts the XSRF-TOKEN cookie's value in its logout form.
			.csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
				.csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
			.addFilterAfter(new CsrfCookieFilter(), org.springframework.security.web.csrf.CsrfFilter.class)
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityConfiguration.CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		EmbeddedIdentityProvider embedded = provider.getIfAvailable();
		if (embedded != null) {
			// The embedded provider's own login form, shown by the authorization endpoint.
			http.formLogin(form -> form.loginPage("/login").permitAll()).authenticationProvider(embedded.throttledPasswordLogin());
		}
		return http.build();
	}

	private static GrantedAuthoritiesMapper casaAuthorities(CasaPrincipals principals) {
		return authorities -> {
			Collection<GrantedAuthority> mapped = new ArrayList<>();
			for (GrantedAuthority authority : authorities) {
				if (authority instanceof OidcUserAuthority oidc) {
					mapped.addAll(principals.authorities(oidc.getAttributes()));
					// When the user signed in at the provider. The embedded provider shares this session: a second
					// client's login in the same browser (a script's) takes its ID token's auth_time from here, and
					// without it fails with a 500.
					Instant signedIn = oidc.getIdToken().getAuthenticatedAt();
					mapped.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY)
						.issuedAt(signedIn != null ? signedIn : Instant.now())
						.build());
				}
			}
			if (mapped.isEmpty()) {
				mapped.add(new SimpleGrantedAuthority("ROLE_NONE"));
			}
			return mapped;
		};
	}

}
