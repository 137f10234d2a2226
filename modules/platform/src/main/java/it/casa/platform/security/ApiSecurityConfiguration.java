package it.casa.platform.security;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import it.casa.platform.organisation.OrganisationRegistry;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The API ({@code /api/**}): a bearer JWT or the browser's session, CSRF protection for the session, the partner
 * organisations' lock-out ({@link OrganisationGate}), and problem+json 401/403 answers.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

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
	SecurityFilterChain apiChain(HttpSecurity http, CasaPrincipals principals, OrganisationRegistry organisations)
			throws Exception {
		JwtAuthenticationConverter tokens = new JwtAuthenticationConverter();
		tokens.setJwtGrantedAuthoritiesConverter(jwt -> principals.authorities(jwt.getClaims()));
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/api/platform/tenants/**", "/api/platform/audit/**", "/api/platform/organisations/**")
				.hasRole("AGENCY_ADMIN")
				.anyRequest()
				.authenticated())
			.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(tokens))
				.authenticationEntryPoint(SecurityProblems.unauthenticated())
				.accessDeniedHandler(SecurityProblems.forbidden()))
			// Cookie-based sessions need CSRF protection; bearer tokens cannot be sent by another site.
			.csrf(csrf -> csrf.spa().ignoringRequestMatchers(ApiSecurityConfiguration::hasBearerToken))
			.addFilterAfter(new CsrfCookieFilter(), org.springframework.security.web.csrf.CsrfFilter.class)
			// After the token or the session is read, before any rule is applied: a locked-out partner gets nothing.
			.addFilterBefore(new OrganisationGate(principals, organisations), AuthorizationFilter.class)
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint(SecurityProblems.unauthenticated())
				.accessDeniedHandler(SecurityProblems.forbidden()))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityConfiguration.CONTENT_SECURITY_POLICY)));
		return http.build();
	}

	private static boolean hasBearerToken(HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");
		return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
	}

}
