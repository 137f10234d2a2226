package it.casa.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import it.casa.platform.CurrentUser;
import it.casa.platform.CurrentUsers;
import it.casa.platform.OrganisationId;
import it.casa.platform.Role;
import it.casa.platform.TenantId;

/**
 * The one place that turns an identity provider's claims into CASA's user: roles, municipality binding and
 * organisation (its id, in {@code casa_org}). Browser sessions (OpenID Connect login) and API calls (bearer JWT) carry the same claims and
 * end in the same {@link CurrentUser}. Unknown role names are ignored, never guessed.
 */
final class CasaPrincipals implements CurrentUsers {

	private final SecurityProperties.Claims claims;

	CasaPrincipals(SecurityProperties.Claims claims) {
		this.claims = claims;
	}

	@Override
	public Optional<CurrentUser> current() {
		return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication()).flatMap(this::from);
	}

	@Override
	public CurrentUser require() {
		return current().orElseThrow(() -> new AccessDeniedException("Authentication required"));
	}

	Optional<CurrentUser> from(Authentication authentication) {
		if (!authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		Map<String, Object> tokenClaims = claimsOf(authentication);
		Set<Role> roles = tokenClaims.isEmpty() ? rolesFromAuthorities(authentication.getAuthorities())
				: roles(tokenClaims.get(claims.roles()));
		Object tenant = tokenClaims.get(claims.tenant());
		TenantId boundTenant = tenant instanceof String text && TenantId.isWellFormed(text) ? TenantId.of(text) : null;
		Object name = tokenClaims.get(claims.name());
		OrganisationId organisation = organisationClaim(authentication).filter(OrganisationId::isWellFormed)
			.map(OrganisationId::of)
			.orElse(null);
		return Optional.of(new CurrentUser(authentication.getName(),
				name instanceof String text ? text : authentication.getName(), roles, boundTenant, organisation));
	}

	/**
	 * The organisation claim exactly as the provider sent it, well-formed or not, so that {@link OrganisationGate} can
	 * refuse a claim that names no organisation CASA knows instead of ignoring it.
	 */
	Optional<String> organisationClaim(Authentication authentication) {
		Object organisation = claimsOf(authentication).get(claims.organisation());
		return organisation instanceof String text ? Optional.of(text) : Optional.empty();
	}

	/** Authorities for a token's claims: one {@code ROLE_} authority per known CASA role. */
	Collection<GrantedAuthority> authorities(Map<String, Object> tokenClaims) {
		return roles(tokenClaims.get(claims.roles())).stream()
			.<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
			.toList();
	}

	private static Map<String, Object> claimsOf(Authentication authentication) {
		if (authentication instanceof JwtAuthenticationToken jwt) {
			return jwt.getToken().getClaims();
		}
		if (authentication.getPrincipal() instanceof OidcUser oidcUser) {
			return oidcUser.getClaims();
		}
		return Map.of();
	}

	private static Set<Role> roles(Object claim) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (claim instanceof Collection<?> values) {
			for (Object value : values) {
				parse(String.valueOf(value)).ifPresent(roles::add);
			}
		}
		else if (claim instanceof String text) {
			for (String value : text.split("[ ,]+")) {
				parse(value).ifPresent(roles::add);
			}
		}
		return roles;
	}

	private static Set<Role> rolesFromAuthorities(Collection<? extends GrantedAuthority> authorities) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (GrantedAuthority authority : authorities) {
			String name = authority.getAuthority();
			if (name != null && name.startsWith("ROLE_")) {
				parse(name.substring(5)).ifPresent(roles::add);
			}
		}
		return roles;
	}

	private static Optional<Role> parse(String value) {
		return List.of(Role.values()).stream().filter(role -> role.name().equalsIgnoreCase(value.trim())).findFirst();
	}
}
