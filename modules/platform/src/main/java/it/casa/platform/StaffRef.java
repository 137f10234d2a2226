package it.casa.platform;

/** A staff member as recorded on a change: the identity provider's id and the name shown at the time. */
public record StaffRef(String userId, String displayName) {

	/** CASA itself, applying a rule (a grade set by the emergency hand-over, a consent lapsing): no person. */
	public static final StaffRef CASA = new StaffRef("casa", "CASA");

	public static StaffRef of(CurrentUser user) {
		return new StaffRef(user.userId(), user.displayName());
	}
}
