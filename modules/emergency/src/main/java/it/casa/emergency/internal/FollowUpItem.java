package it.casa.emergency.internal;

import java.time.Instant;

import org.hibernate.annotations.EmbeddedColumnNaming;
import org.jspecify.annotations.Nullable;

import it.casa.emergency.EmergencyView;
import it.casa.emergency.FollowUpKind;
import it.casa.platform.StaffRef;
import it.casa.platform.module.Stamp;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One item of an emergency's follow-up checklist: due a fixed time after the call ({@link FollowUpKind#allowed()}),
 * overdue once that time has passed with the item not done.
 */
@Embeddable
class FollowUpItem {

	static final int MAX_NOTE_LENGTH = 1000;

	@Enumerated(EnumType.STRING)
	private FollowUpKind item;

	private Instant dueAt;

	@Embedded
	@EmbeddedColumnNaming("done_%s")
	private @Nullable Stamp done;

	private @Nullable String note;

	protected FollowUpItem() {
		// for JPA
	}

	/** The item as due for a call at {@code calledAt}. */
	static FollowUpItem dueAfter(FollowUpKind kind, Instant calledAt) {
		FollowUpItem item = new FollowUpItem();
		item.item = kind;
		item.dueAt = calledAt.plus(kind.allowed());
		return item;
	}

	FollowUpKind kind() {
		return item;
	}

	Instant dueAt() {
		return dueAt;
	}

	boolean isDone() {
		return done != null;
	}

	/** Not done, and its due time has passed (an item due exactly now is not overdue yet). */
	boolean isOverdueAt(Instant now) {
		return done == null && now.isAfter(dueAt);
	}

	void markDone(Instant at, StaffRef by, @Nullable String note) {
		done = Stamp.of(at, by);
		this.note = note;
	}

	void markNotDone(@Nullable String note) {
		done = null;
		this.note = note;
	}

	EmergencyView.FollowUpItemView view(Instant now) {
		return new EmergencyView.FollowUpItemView(item, dueAt, done == null ? null : done.at(),
				done == null ? null : done.by(), note, isOverdueAt(now));
	}
}
