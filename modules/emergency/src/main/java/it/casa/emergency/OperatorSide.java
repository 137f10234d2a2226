package it.casa.emergency;

import it.casa.platform.CurrentUser;
import it.casa.platform.Role;

/** Which side an operator works for: the municipality's staff or the agency's. */
public enum OperatorSide {

	MUNICIPALITY,

	AGENCY;

	/** Someone with both roles counts for the agency, the wider one. */
	public static OperatorSide of(CurrentUser user) {
		return user.has(Role.AGENCY_OPERATOR) ? AGENCY : MUNICIPALITY;
	}
}
