package it.casa.casework.internal;

import org.hibernate.annotations.EmbeddedColumnNaming;
import org.jspecify.annotations.Nullable;

import it.casa.casework.CaseStatus;
import it.casa.casework.CaseTransition;
import it.casa.casework.CaseView;
import it.casa.casework.StatusChange;
import it.casa.casework.Wording;
import it.casa.platform.module.Stamp;
import it.casa.platform.module.WorkContext;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One step of a case's status history (table {@code case_status_change}). */
@Embeddable
class StatusChangeEntry {

	@Enumerated(EnumType.STRING)
	private CaseStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private CaseStatus toStatus;

	@Enumerated(EnumType.STRING)
	private CaseTransition transition;

	private @Nullable String reason;

	@Convert(converter = WordingColumn.class)
	private @Nullable Wording reasonWording;

	@Embedded
	@EmbeddedColumnNaming("changed_%s")
	private Stamp changed;

	protected StatusChangeEntry() {
		// for JPA
	}

	static StatusChangeEntry of(WorkContext work, StatusChange change, @Nullable Wording systemReason) {
		StatusChangeEntry entry = new StatusChangeEntry();
		entry.fromStatus = change.from();
		entry.toStatus = change.to();
		entry.transition = change.transition();
		entry.reason = change.reason();
		entry.reasonWording = systemReason;
		entry.changed = Stamp.of(work);
		return entry;
	}

	CaseView.StatusChangeView view() {
		return new CaseView.StatusChangeView(fromStatus, toStatus, transition, reason, reasonWording, changed.at(),
				changed.by());
	}
}
