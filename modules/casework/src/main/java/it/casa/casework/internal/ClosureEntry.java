package it.casa.casework.internal;

import java.time.LocalDate;

import org.hibernate.annotations.EmbeddedColumnNaming;
import org.jspecify.annotations.Nullable;

import it.casa.casework.CaseView;
import it.casa.casework.ClosureOutcome;
import it.casa.casework.ClosureReport;
import it.casa.platform.module.Stamp;
import it.casa.platform.module.WorkContext;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One closure of a case with its restitution (table {@code case_closure}); a reopened case keeps it. */
@Embeddable
class ClosureEntry {

	@Embedded
	@EmbeddedColumnNaming("closed_%s")
	private Stamp closed;

	@Enumerated(EnumType.STRING)
	private ClosureOutcome outcome;

	private @Nullable String reason;

	private @Nullable LocalDate restitutionMeetingOn;

	private @Nullable String restitutionSummary;

	protected ClosureEntry() {
		// for JPA
	}

	static ClosureEntry of(WorkContext work, ClosureReport report) {
		ClosureEntry entry = new ClosureEntry();
		entry.closed = Stamp.of(work);
		entry.outcome = report.outcome();
		entry.reason = report.reason();
		entry.restitutionMeetingOn = report.restitutionMeetingOn();
		entry.restitutionSummary = report.restitutionSummary();
		return entry;
	}

	CaseView.ClosureView view() {
		return new CaseView.ClosureView(closed.at(), closed.by(), outcome, reason, restitutionMeetingOn,
				restitutionSummary);
	}
}
