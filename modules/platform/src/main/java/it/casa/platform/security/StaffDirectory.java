package it.casa.platform.security;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import it.casa.platform.CurrentUser;
import it.casa.platform.OrganisationId;
import it.casa.platform.Role;
import it.casa.platform.TenantContext;
import it.casa.platform.TenantId;

/**
 * The staff CASA has seen, so that a case's actions and assignment can name a colleague from a list instead of a
 * typed user id. Identity providers do not list their users to applications; a person appears here the first time
 * they open CASA (and the embedded provider's demo accounts at start). The table is the district's: every call
 * runs with no municipality, whatever the request's.
 */
@Component
class StaffDirectory {

	/** The roles that work on cases and so can be named as an action's owner or a case's operator. */
	static final Set<Role> CASE_WORKERS = Set.of(Role.AGENCY_OPERATOR, Role.MUNICIPAL_OPERATOR,
			Role.AUTONOMY_TEAM_OPERATOR);

	private final JdbcTemplate jdbc;

	StaffDirectory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Records (or refreshes) a user who has just opened CASA. */
	void seen(CurrentUser user) {
		upsert(user.userId(), user.displayName(), user.roles(), user.boundTenant(), user.organisation(), true);
	}

	/** Lists an account that may sign in but has not yet: the embedded provider's demo accounts. */
	void known(String userId, String displayName, Set<Role> roles, @Nullable TenantId tenant,
			@Nullable OrganisationId organisation) {
		upsert(userId, displayName, roles, tenant, organisation, false);
	}

	/**
	 * The case workers who may work on a case of {@code municipality}: the agency's operators, the autonomy teams and
	 * that municipality's operators; in the district view (no municipality), the agency's operators and the teams.
	 * Ordered by name.
	 */
	List<StaffMember> caseWorkers(@Nullable TenantId municipality) {
		return TenantContext.callAs(null, () -> jdbc.query("""
				SELECT user_id, display_name, roles, tenant_id FROM district.staff_member
				WHERE roles && ?::text[] AND (tenant_id IS NULL OR tenant_id = ?)
				ORDER BY lower(display_name), user_id""", statement -> {
			statement.setArray(1, statement.getConnection().createArrayOf("text",
					CASE_WORKERS.stream().map(Role::name).toArray()));
			statement.setString(2, municipality == null ? null : municipality.value());
		}, (row, n) -> new StaffMember(row.getString("user_id"), row.getString("display_name"),
				roles(row.getArray("roles")), row.getString("tenant_id"))));
	}

	private void upsert(String userId, String displayName, Set<Role> roles, @Nullable TenantId tenant,
			@Nullable OrganisationId organisation, boolean seenNow) {
		TenantContext.runAs(null, () -> jdbc.update("""
				INSERT INTO district.staff_member (user_id, display_name, roles, tenant_id, organisation, last_seen_at)
				VALUES (?, ?, ?::text[], ?, ?, CASE WHEN ? THEN now() END)
				ON CONFLICT (user_id) DO UPDATE SET display_name = EXCLUDED.display_name, roles = EXCLUDED.roles,
				  tenant_id = EXCLUDED.tenant_id, organisation = EXCLUDED.organisation,
				  last_seen_at = coalesce(EXCLUDED.last_seen_at, staff_member.last_seen_at)
				-- The interface asks /me again on every tab focus: an unchanged person seen within the hour is not
				-- written again.
				WHERE (staff_member.display_name, staff_member.roles, staff_member.tenant_id, staff_member.organisation)
				      IS DISTINCT FROM (EXCLUDED.display_name, EXCLUDED.roles, EXCLUDED.tenant_id, EXCLUDED.organisation)
				   OR (EXCLUDED.last_seen_at IS NOT NULL
				       AND (staff_member.last_seen_at IS NULL OR staff_member.last_seen_at < now() - interval '1 hour'))""",
				statement -> {
			statement.setString(1, userId);
			statement.setString(2, displayName);
			statement.setArray(3, statement.getConnection().createArrayOf("text",
					roles.stream().map(Role::name).sorted().toArray()));
			statement.setString(4, tenant == null ? null : tenant.value());
			statement.setString(5, organisation == null ? null : organisation.value());
			statement.setBoolean(6, seenNow);
		}));
	}

	private static List<String> roles(Array array) throws SQLException {
		return Arrays.stream((String[]) array.getArray())
			.filter(role -> CASE_WORKERS.stream().anyMatch(worker -> worker.name().equals(role)))
			.sorted()
			.collect(Collectors.toList());
	}

	/**
	 * A colleague as the case pages show them.
	 *
	 * @param roles the case-work roles among theirs (AGENCY_OPERATOR, MUNICIPAL_OPERATOR, AUTONOMY_TEAM_OPERATOR)
	 * @param municipality the municipality of a municipal operator; null for the agency and the teams
	 */
	record StaffMember(String userId, String displayName, List<String> roles, @Nullable String municipality) {
	}
}
