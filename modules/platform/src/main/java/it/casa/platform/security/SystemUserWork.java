package it.casa.platform.security;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import it.casa.platform.BackgroundWork;
import it.casa.platform.CurrentUser;
import it.casa.platform.Role;
import it.casa.platform.TenantContext;
import it.casa.platform.TenantId;

/**
 * {@link BackgroundWork}: the system user is given the shape of a bearer token's claims (roles, municipality, name,
 * organisation), so {@link CasaPrincipals} and method security see them exactly as they see a person. The token is
 * never signed nor sent anywhere; it exists only in this thread's security context, for the duration of the work.
 */
final class SystemUserWork implements BackgroundWork {

	private final SecurityProperties.Claims claims;

	SystemUserWork(SecurityProperties.Claims claims) {
		this.claims = claims;
	}

	@Override
	public <T> T callAs(@Nullable TenantId municipality, CurrentUser user, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication(user));
		SecurityContextHolder.setContext(context);
		try {
			return TenantContext.callAs(municipality, work::get);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private JwtAuthenticationToken authentication(CurrentUser user) {
		Map<String, Object> values = new HashMap<>();
		values.put(claims.roles(), user.roles().stream().map(Role::name).sorted().toList());
		values.put(claims.name(), user.displayName());
		if (user.boundTenant() != null) {
			values.put(claims.tenant(), user.boundTenant().value());
		}
		if (user.organisation() != null) {
			values.put(claims.organisation(), user.organisation().value());
		}
		Instant now = Instant.now();
		Jwt token = Jwt.withTokenValue("background-work")
			.header("alg", "none")
			.subject(user.userId())
			.issuedAt(now)
			.expiresAt(now.plusSeconds(3600))
			.claims(all -> all.putAll(values))
			.build();
		List<GrantedAuthority> authorities = user.roles()
			.stream()
			.<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
			.toList();
		return new JwtAuthenticationToken(token, authorities, user.userId());
	}
}
