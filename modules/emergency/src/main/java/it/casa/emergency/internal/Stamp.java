package it.casa.emergency.internal;

import java.time.Instant;

import it.casa.emergency.OperatorRef;
import jakarta.persistence.Embeddable;

/**
 * Who did something and when, with the name shown at the time (a later rename does not rewrite history). The
 * embedding field names the columns: {@code @EmbeddedColumnNaming("recorded_%s")} gives {@code recorded_at},
 * {@code recorded_by_user_id} and {@code recorded_by_name}.
 */
@Embeddable
class Stamp {

	private Instant at;

	private String byUserId;

	private String byName;

	protected Stamp() {
		// for JPA
	}

	static Stamp of(WorkContext work) {
		return of(work.now(), work.operator());
	}

	static Stamp of(Instant at, OperatorRef by) {
		Stamp stamp = new Stamp();
		stamp.at = at;
		stamp.byUserId = by.userId();
		stamp.byName = by.displayName();
		return stamp;
	}

	Instant at() {
		return at;
	}

	/** The closure's and the checklist's name columns may be null in the schema: an empty name stands for none. */
	OperatorRef by() {
		return new OperatorRef(byUserId, byName == null ? "" : byName);
	}
}
