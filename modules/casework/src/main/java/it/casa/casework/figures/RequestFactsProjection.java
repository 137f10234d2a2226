package it.casa.casework.figures;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import it.casa.casework.ActivationRequested;
import it.casa.casework.CaseClosed;
import it.casa.casework.CaseEvent;
import it.casa.casework.CaseFacts;
import it.casa.casework.CaseRejected;
import it.casa.casework.CaseReopened;
import it.casa.casework.CaseTriaged;
import it.casa.casework.InterviewScheduled;
import it.casa.casework.ProjectAgreed;
import it.casa.casework.ProjectRevised;

/**
 * Projects case work's events into the request facts that its figures count (docs/adr/0010). Every event that
 * carries {@link CaseFacts} brings the case's categories as they are after it, so any of them can create the row;
 * nothing is read from case work's own tables. Each
 * listener runs in the municipality of its event (the platform's listener advice), asynchronously, and is retried
 * from the event publication registry if it fails.
 */
@Component
class RequestFactsProjection {

	private final RequestFacts facts;

	RequestFactsProjection(RequestFacts facts) {
		this.facts = facts;
	}

	@ApplicationModuleListener
	void on(ActivationRequested event) {
		record(event, event.facts());
	}

	@ApplicationModuleListener
	void on(CaseTriaged event) {
		record(event, event.facts());
		facts.triaged(event.caseId(), event.occurredAt());
	}

	@ApplicationModuleListener
	void on(ProjectAgreed event) {
		record(event, event.facts());
	}

	@ApplicationModuleListener
	void on(ProjectRevised event) {
		record(event, event.facts());
	}

	@ApplicationModuleListener
	void on(CaseClosed event) {
		record(event, event.facts());
	}

	@ApplicationModuleListener
	void on(CaseRejected event) {
		record(event, event.facts());
	}

	@ApplicationModuleListener
	void on(CaseReopened event) {
		record(event, event.facts());
	}

	@ApplicationModuleListener
	void on(InterviewScheduled event) {
		record(event, event.facts());
		facts.interviewScheduled(event.tenant(), event.caseId(), event.interviewId(), event.scheduledFor());
	}

	private void record(CaseEvent event, CaseFacts caseFacts) {
		facts.record(event.tenant(), event.caseId(), event.occurredAt(), caseFacts);
	}
}
