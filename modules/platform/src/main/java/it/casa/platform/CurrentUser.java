package it.casa.platform;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The authenticated user of the current request, the same whether they came through the browser session or
 * with a bearer token.
 *
 * @param userId stable identifier from the identity provider (the token's subject)
 * @param boundTenant the one municipality a municipal operator works for; null for district-wide roles
 * @param organisation the partner organisation the user works for (a real-estate agency, the foundation, a cooperative,
 *        a co-housing operator), from the {@code casa_org} claim; null for the agency's and the municipalities' staff.
 *        {@link Organisations} tells its kind.
 */
public record CurrentUser(String userId, String displayName, Set<Role> roles, @Nullable TenantId boundTenant,
		@Nullable OrganisationId organisation) {

	public CurrentUser {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/** Agency staff work across the district; everyone else is bound to a municipality or to assigned work. */
	public boolean isAgencyStaff() {
		return has(Role.AGENCY_OPERATOR) || has(Role.AGENCY_ADMIN);
	}
}
