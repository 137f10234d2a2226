package it.casa.casework;

import it.casa.platform.CurrentUser;
import it.casa.platform.Role;

/** Which side of the work a staff member is on, for attributing notes and project changes. */
public enum StaffOrganisation {

	MUNICIPALITY,

	AGENCY,

	AUTONOMY_TEAM;

	/** The side the user works for; someone with several roles counts for the widest one. */
	public static StaffOrganisation of(CurrentUser user) {
		if (user.has(Role.AGENCY_OPERATOR)) {
			return AGENCY;
		}
		if (user.has(Role.MUNICIPAL_OPERATOR)) {
			return MUNICIPALITY;
		}
		return AUTONOMY_TEAM;
	}
}
