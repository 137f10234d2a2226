package it.casa.platform;

/** A staff member as recorded on a change: the identity provider's id and the name shown at the time. */
public record StaffRef(String userId, String displayName) {

	public static StaffRef of(CurrentUser user) {
		return new StaffRef(user.userId(), user.displayName());
	}
}
