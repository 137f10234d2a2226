package it.casa.platform.module;

import java.time.Instant;

import it.casa.platform.StaffRef;
import jakarta.persistence.Embeddable;

/**
 * Who did something and when, with the name shown at the time (a later rename does not rewrite history), embedded in
 * a module's entities. The embedding field names the columns: {@code @EmbeddedColumnNaming("changed_%s")} gives
 * {@code changed_at}, {@code changed_by_user_id} and {@code changed_by_name}.
 */
@Embeddable
public class Stamp {

	private Instant at;

	private String byUserId;

	private String byName;

	protected Stamp() {
		// for JPA
	}

	/** The work's user, now. */
	public static Stamp of(WorkContext work) {
		return of(work.now(), work.staff());
	}

	public static Stamp of(Instant at, StaffRef by) {
		Stamp stamp = new Stamp();
		stamp.at = at;
		stamp.byUserId = by.userId();
		stamp.byName = by.displayName();
		return stamp;
	}

	public Instant at() {
		return at;
	}

	/** Where a module's schema lets the name column be null, an empty name stands for none. */
	public StaffRef by() {
		return new StaffRef(byUserId, byName == null ? "" : byName);
	}
}
