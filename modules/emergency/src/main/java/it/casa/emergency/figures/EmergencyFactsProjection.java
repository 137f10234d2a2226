package it.casa.emergency.figures;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import it.casa.emergency.EmergencyClosed;
import it.casa.emergency.EmergencyHandedOver;
import it.casa.emergency.EmergencyPeopleUpdated;
import it.casa.emergency.EmergencyReclassified;
import it.casa.emergency.EmergencyReported;

/**
 * Projects emergency's events into the emergency facts: reporting entity, problem, people, call and closure. Runs in
 * the municipality of each event, asynchronously, retried from the event publication registry if it fails.
 */
@Component
class EmergencyFactsProjection {

	private final EmergencyFacts facts;

	EmergencyFactsProjection(EmergencyFacts facts) {
		this.facts = facts;
	}

	@ApplicationModuleListener
	void on(EmergencyReported event) {
		facts.reported(event.tenant(), event.emergency(), event.calledAt(), event.reportingEntityKind(),
				event.reportingEntityName(), event.problemType(), event.peopleInvolved(), event.minorsInvolved());
	}

	@ApplicationModuleListener
	void on(EmergencyReclassified event) {
		facts.reclassified(event.tenant(), event.emergency(), event.reportingEntityKind(), event.reportingEntityName(),
				event.problemType());
	}

	@ApplicationModuleListener
	void on(EmergencyPeopleUpdated event) {
		facts.people(event.tenant(), event.emergency(), event.peopleInvolved(), event.minorsInvolved(),
				event.occurredAt());
	}

	@ApplicationModuleListener
	void on(EmergencyHandedOver event) {
		facts.closed(event.tenant(), event.emergency(), event.closedAt(), true);
	}

	@ApplicationModuleListener
	void on(EmergencyClosed event) {
		facts.closed(event.tenant(), event.emergency(), event.closedAt(), event.handedOver());
	}
}
