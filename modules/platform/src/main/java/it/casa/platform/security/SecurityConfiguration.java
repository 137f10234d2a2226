package it.casa.platform.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
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
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.filter.OncePerRequestFilter;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import it.casa.platform.TenantId;
import it.casa.platform.tenancy.RequestTenantResolver;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Three filter chains, in order: the embedded authorization server's endpoints (only without an external
 * provider), the API ({@code /api/**}: bearer JWT or the browser's session, CSRF for the session, problem+json
 * 401/403), and the browser (OpenID Connect login through the backend, logout at the app and the provider).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

	@Bean
	CasaPrincipals casaPrincipals(SecurityProperties properties) {
		return new CasaPrincipals(properties.claims());
	}

	@Bean
	SystemUserWork backgroundWork(SecurityProperties properties) {
		return new SystemUserWork(properties.claims());
	}

	@Bean
	RequestTenantResolver userTenantResolver(CasaPrincipals principals) {
		return new UserTenantResolver(principals);
	}

	@Bean
	@Nullable
	EmbeddedIdentityProvider embeddedIdentityProvider(SecurityProperties properties, Environment environment) {
		return properties.externalProvider() ? null : new EmbeddedIdentityProvider(properties, environment);
	}

	/** The demo accounts can be named as colleagues before they first sign in. */
	@Bean
	ApplicationRunner demoAccountsInStaffDirectory(SecurityProperties properties, StaffDirectory staff) {
		return arguments -> {
			if (properties.externalProvider()) {
				return;
			}
			for (SecurityProperties.DemoAccount account : properties.embeddedIdp().accounts()) {
				staff.known(account.username(), account.name(), Set.copyOf(account.roles()),
						account.tenant() == null ? null : TenantId.of(account.tenant()), account.organisation());
			}
		};
	}

	// ---- the embedded authorization server --------------------------------------------------------------

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
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
		return http.build();
	}

	// ---- the API --------------------------------------------------------------------------------------

	@Bean
	JwtDecoder jwtDecoder(SecurityProperties properties, JWKSource<SecurityContext> keys) {
		if (properties.externalProvider()) {
			// Discovered on first use, not at start-up (as Boot's own issuer-uri support does): see clientRegistrations.
			String issuer = properties.oidc().issuerUri();
			return new SupplierJwtDecoder(
					() -> validating((NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(issuer), issuer, properties));
		}
		return validating(NimbusJwtDecoder.withJwkSource(keys).build(), properties.publicUrl(), properties);
	}

	private static JwtDecoder validating(NimbusJwtDecoder decoder, String issuer, SecurityProperties properties) {
		OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>("aud",
				aud -> aud != null && aud.contains(properties.audience()));
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer), audience));
		return decoder;
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiChain(HttpSecurity http, CasaPrincipals principals) throws Exception {
		JwtAuthenticationConverter tokens = new JwtAuthenticationConverter();
		tokens.setJwtGrantedAuthoritiesConverter(jwt -> principals.authorities(jwt.getClaims()));
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers("/api/platform/tenants/**", "/api/platform/audit/**")
				.hasRole("AGENCY_ADMIN")
				.anyRequest()
				.authenticated())
			.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(tokens))
				.authenticationEntryPoint(problem(HttpStatus.UNAUTHORIZED, "Log in to use CASA."))
				.accessDeniedHandler(forbidden()))
			// Cookie-based sessions need CSRF protection; bearer tokens cannot be sent by another site.
			.csrf(csrf -> csrf.spa().ignoringRequestMatchers(SecurityConfiguration::hasBearerToken))
			.addFilterAfter(new CsrfCookieFilter(), org.springframework.security.web.csrf.CsrfFilter.class)
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint(problem(HttpStatus.UNAUTHORIZED, "Log in to use CASA."))
				.accessDeniedHandler(forbidden()))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
		return http.build();
	}

	// ---- the browser ----------------------------------------------------------------------------------

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
		OidcClientInitiatedLogoutSuccessHandler logoutAtProvider = new OidcClientInitiatedLogoutSuccessHandler(registrations);
		logoutAtProvider.setPostLogoutRedirectUri("{baseUrl}/");

		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/assets/**", "/locales/**", "/favicon.ico", "/*.svg", "/*.png", "/*.webmanifest", "/login",
					"/error", "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
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
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
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
				}
			}
			if (mapped.isEmpty()) {
				mapped.add(new SimpleGrantedAuthority("ROLE_NONE"));
			}
			return mapped;
		};
	}

	private static boolean hasBearerToken(HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");
		return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
	}

	private static AuthenticationEntryPoint problem(HttpStatus status, String detail) {
		return (request, response, exception) -> writeProblem(response, status, detail);
	}

	private static AccessDeniedHandler forbidden() {
		return (request, response, exception) -> writeProblem(response, HttpStatus.FORBIDDEN,
				"Your role does not allow this.");
	}

	private static void writeProblem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		if (status == HttpStatus.UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Bearer");
		}
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":" + status.value()
					+ ",\"detail\":\"" + detail + "\"}");
	}

	/** Loads the deferred CSRF token on every request so that its cookie reaches the single-page application. */
	private static final class CsrfCookieFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
			if (token != null) {
				token.getToken();
			}
			chain.doFilter(request, response);
		}
	}
}
