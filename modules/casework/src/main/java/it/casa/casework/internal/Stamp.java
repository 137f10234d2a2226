package it.casa.casework.internal;

import java.time.Instant;

import it.casa.casework.StaffRef;
import jakarta.persistence.Embeddable;

/**
 * Who did something and when, with the name shown at the time (a later rename does not rewrite history). The
 * embedding field names the columns: {@code @EmbeddedColumnNaming("changed_%s")} gives {@code changed_at},
 * {@code changed_by_user_id} and {@code changed_by_name}.
 */
@Embeddable
class Stamp {

	static final String SYSTEM_USER_ID = "casa";

	static final String SYSTEM_NAME = "CASA";

	private Instant at;

	private String byUserId;

	private String byName;

	protected Stamp() {
		// for JPA
	}

	static Stamp of(WorkContext work) {
		Stamp stamp = new Stamp();
		stamp.at = work.now();
		stamp.byUserId = work.user().userId();
		stamp.byName = work.user().displayName();
		return stamp;
	}

	/** CASA itself, for what a job records with no user (a reminder). */
	static Stamp system(Instant at) {
		Stamp stamp = new Stamp();
		stamp.at = at;
		stamp.byUserId = SYSTEM_USER_ID;
		stamp.byName = SYSTEM_NAME;
		return stamp;
	}

	Instant at() {
		return at;
	}

	StaffRef by() {
		return new StaffRef(byUserId, byName);
	}
}
