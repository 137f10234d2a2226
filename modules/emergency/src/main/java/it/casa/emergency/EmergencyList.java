package it.casa.emergency;

import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Emergencies listed, open ones first, overdue ones first among them, then the most recent call first.
 * <p>
 * Inside a municipality it lists that municipality's emergencies. With no municipality chosen it is the district
 * view for agency operators: every municipality that uses the module, side by side.
 */
public interface EmergencyList {

	@PreAuthorize(Permissions.EMERGENCY_WORKERS)
	Page<EmergencySummary> list(EmergencyQuery query);
}
