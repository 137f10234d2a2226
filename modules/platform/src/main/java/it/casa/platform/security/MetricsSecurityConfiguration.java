package it.casa.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The Prometheus endpoint answers only a scraper presenting {@code casa.metrics.scrape-token} as a bearer token
 * ({@code CASA_METRICS_SCRAPE_TOKEN}; Prometheus' {@code authorization.credentials}). Metrics name no person, but
 * they tell an outsider how busy the district is, which endpoints exist and how the pool is doing, a map for an
 * attack. Without a token configured the endpoint is closed to everyone.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MetricsSecurityConfiguration.MetricsProperties.class)
class MetricsSecurityConfiguration {

	static final String SCRAPER = "METRICS_SCRAPER";

	/** @param scrapeToken the secret a scraper presents; at least 32 characters are advisable */
	@ConfigurationProperties("casa.metrics")
	record MetricsProperties(@Nullable String scrapeToken) {
	}

	/** Before every other chain: none of them may decide for this path. */
	@Bean
	@Order(0)
	SecurityFilterChain metricsChain(HttpSecurity http, MetricsProperties properties) throws Exception {
		http.securityMatcher("/actuator/prometheus")
			.authorizeHttpRequests(requests -> requests.anyRequest().hasRole(SCRAPER))
			.addFilterBefore(new ScrapeToken(properties.scrapeToken()), AuthorizationFilter.class)
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(SecurityProblems.unauthenticated())
				.accessDeniedHandler(SecurityProblems.forbidden()));
		return http.build();
	}

	private static final class ScrapeToken extends OncePerRequestFilter {

		private final byte @Nullable [] expected;

		ScrapeToken(@Nullable String token) {
			this.expected = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader(HttpHeaders.AUTHORIZATION);
			if (expected != null && header != null && header.startsWith("Bearer ")
					&& MessageDigest.isEqual(expected, header.substring(7).getBytes(StandardCharsets.UTF_8))) {
				SecurityContextHolder.getContext()
					.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("metrics-scraper", null,
							List.of(new SimpleGrantedAuthority("ROLE_" + SCRAPER))));
			}
			chain.doFilter(request, response);
		}
	}
}
