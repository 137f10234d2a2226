package it.casa.emergency;

import java.time.Duration;

/**
 * The follow-up checklist of every emergency, with the time allowed from the call. An item not done by then is
 * overdue.
 */
public enum FollowUpKind {

	/** A safe place for tonight is arranged (or found not to be needed). Done when a measure is recorded. */
	PLACEMENT_ARRANGED(Duration.ofHours(12)),

	/** The household was contacted by the service. */
	HOUSEHOLD_CONTACTED(Duration.ofHours(24)),

	/** The municipality's social service knows. Done at once when the municipality itself reported it. */
	MUNICIPALITY_INFORMED(Duration.ofHours(24)),

	/** The situation was reviewed 72 hours after the call: placement, next steps, hand-over. */
	REVIEW_72_HOURS(Duration.ofHours(72));

	private final Duration allowed;

	FollowUpKind(Duration allowed) {
		this.allowed = allowed;
	}

	/** How long after the call the item is due. */
	public Duration allowed() {
		return allowed;
	}
}
