package it.casa.platform.security;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import it.casa.platform.CurrentUser;
import it.casa.platform.Role;
import it.casa.platform.UnknownTenantException;
import it.casa.platform.tenancy.RequestTenantResolver;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Which municipality a request acts in, decided from the authenticated user alone:
 * <ul>
 * <li>a municipal operator always acts in the municipality of their account; naming another one is a 404;</li>
 * <li>agency staff and autonomy-team operators choose per request with {@code X-Casa-Tenant}, or act in the
 * district view without it;</li>
 * <li>partner agencies and users without a role never act in a municipality.</li>
 * </ul>
 * A client-set header can therefore narrow what a user sees, never widen it.
 */
final class UserTenantResolver implements RequestTenantResolver {

	private final CasaPrincipals principals;

	UserTenantResolver(CasaPrincipals principals) {
		this.principals = principals;
	}

	@Override
	public Optional<String> tenantFor(HttpServletRequest request) {
		String requested = request.getHeader(TENANT_HEADER);
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		CurrentUser user = authentication == null ? null : principals.from(authentication).orElse(null);
		if (user == null) {
			return Optional.empty();
		}
		if (user.isAgencyStaff() || user.has(Role.AUTONOMY_TEAM_OPERATOR)) {
			return Optional.ofNullable(requested).filter(value -> !value.isBlank());
		}
		if (user.has(Role.MUNICIPAL_OPERATOR)) {
			if (user.boundTenant() == null) {
				throw new AccessDeniedException("This account is not bound to a municipality");
			}
			if (requested != null && !requested.equals(user.boundTenant().value())) {
				throw new UnknownTenantException(requested);
			}
			return Optional.of(user.boundTenant().value());
		}
		if (requested != null) {
			throw new UnknownTenantException(requested);
		}
		return Optional.empty();
	}
}
