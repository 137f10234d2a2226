package it.casa.emergency.internal;

import java.time.Instant;

import it.casa.emergency.OperatorRef;
import it.casa.emergency.OperatorSide;
import it.casa.platform.CurrentUser;
import it.casa.platform.Role;
import it.casa.platform.TenantId;

/** Who does a piece of emergency work, where and when; aggregates take it as an argument rather than reading thread-locals. */
record WorkContext(TenantId tenant, CurrentUser user, Instant now) {

	OperatorRef operator() {
		return new OperatorRef(user.userId(), user.displayName());
	}

	/** Someone with both roles counts for the agency, the wider one. */
	OperatorSide side() {
		return user.has(Role.AGENCY_OPERATOR) ? OperatorSide.AGENCY : OperatorSide.MUNICIPALITY;
	}
}
