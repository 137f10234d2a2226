package it.casa.emergency.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.hibernate.annotations.EmbeddedColumnNaming;
import org.jspecify.annotations.Nullable;

import it.casa.emergency.Closure;
import it.casa.emergency.EmergencyView;
import it.casa.emergency.OperatorSide;
import it.casa.platform.module.Stamp;
import it.casa.platform.module.WorkContext;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * How an emergency was closed: by whom and from which side, whether it was handed over to case work, and the date of
 * the household's consent to it. Absent (all its columns null) while the emergency is open.
 */
@Embeddable
class ClosureRecord {

	@Embedded
	@EmbeddedColumnNaming("closed_%s")
	private Stamp closed;

	@Enumerated(EnumType.STRING)
	private OperatorSide closedBySide;

	private Boolean handedOver;

	private @Nullable LocalDate consentGivenOn;

	private @Nullable String closingNote;

	protected ClosureRecord() {
		// for JPA
	}

	static ClosureRecord of(WorkContext work, Closure closure) {
		ClosureRecord record = new ClosureRecord();
		record.closed = Stamp.of(work);
		record.closedBySide = OperatorSide.of(work.user());
		record.handedOver = closure.handOver();
		record.consentGivenOn = closure.consentGivenOn();
		record.closingNote = closure.note();
		return record;
	}

	Stamp closed() {
		return closed;
	}

	Instant closedAt() {
		return closed.at();
	}

	OperatorSide side() {
		return closedBySide;
	}

	boolean handedOver() {
		return Boolean.TRUE.equals(handedOver);
	}

	@Nullable String closingNote() {
		return closingNote;
	}

	@Nullable LocalDate consentGivenOn() {
		return consentGivenOn;
	}

	EmergencyView.EmergencyClosureView view() {
		return new EmergencyView.EmergencyClosureView(closed.at(), closed.by(), handedOver(), consentGivenOn, closingNote);
	}
}
