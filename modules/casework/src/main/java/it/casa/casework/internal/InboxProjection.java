package it.casa.casework.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import it.casa.casework.CaseEvent;
import it.casa.casework.HouseholdUpdated;

/**
 * Keeps the district inbox and person index in step with the municipalities' cases. Like every listener of a
 * municipality's event it runs in that municipality (its schema and role), after the change committed, in its own
 * transaction; the event registry retries it if it fails.
 */
@Component
class InboxProjection {

	private final DistrictReadModel readModel;

	InboxProjection(DistrictReadModel readModel) {
		this.readModel = readModel;
	}

	@ApplicationModuleListener
	void on(CaseEvent event) {
		readModel.project(event.tenant(), event.caseId().value());
	}

	@ApplicationModuleListener
	void on(HouseholdUpdated event) {
		readModel.casesOf(event.householdId()).forEach(caseId -> readModel.project(event.tenant(), caseId));
	}
}
