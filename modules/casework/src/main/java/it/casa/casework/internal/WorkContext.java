package it.casa.casework.internal;

import java.time.Instant;
import java.time.LocalDate;

import it.casa.casework.StaffOrganisation;
import it.casa.casework.StaffRef;
import it.casa.platform.CurrentUser;
import it.casa.platform.Role;
import it.casa.platform.TenantId;

/**
 * Who does a piece of case work, where and when. Aggregates take it as an argument rather than reading thread-locals,
 * so that they stay plain objects.
 *
 * @param today the date in the district's time zone (Europe/Rome), for ages, deadlines and request dates
 */
record WorkContext(TenantId tenant, CurrentUser user, Instant now, LocalDate today) {

	StaffRef staff() {
		return new StaffRef(user.userId(), user.displayName());
	}

	/** The side the user works for; someone with several roles counts for the widest one. */
	StaffOrganisation organisation() {
		return organisationOf(user);
	}

	/** The same moment and municipality, done by CASA itself applying a rule (recorded as {@code CASA}). */
	WorkContext asRule() {
		return new WorkContext(tenant, new CurrentUser(Stamp.SYSTEM_USER_ID, Stamp.SYSTEM_NAME, java.util.Set.of(), null,
				null), now, today);
	}

	boolean isAgencyOperator() {
		return user.has(Role.AGENCY_OPERATOR);
	}

	static StaffOrganisation organisationOf(CurrentUser user) {
		if (user.has(Role.AGENCY_OPERATOR)) {
			return StaffOrganisation.AGENCY;
		}
		if (user.has(Role.MUNICIPAL_OPERATOR)) {
			return StaffOrganisation.MUNICIPALITY;
		}
		return StaffOrganisation.AUTONOMY_TEAM;
	}
}
