package it.casa.emergency.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import it.casa.emergency.EmergencyEvent;

/**
 * Keeps the district overview in step with the municipalities' emergencies. Like every listener of a municipality's
 * event it runs in that municipality (its schema and role), after the change committed, in its own transaction; the
 * event registry retries it if it fails.
 */
@Component
class OverviewProjection {

	private final DistrictOverview overview;

	OverviewProjection(DistrictOverview overview) {
		this.overview = overview;
	}

	@ApplicationModuleListener
	void on(EmergencyEvent event) {
		overview.project(event.tenant(), event.emergency().value());
	}
}
