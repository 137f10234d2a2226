package it.casa.casework;

/** Where one scope of a household's consent stands today. */
public enum ConsentStatus {

	/** Given and in force. */
	IN_FORCE,

	/** In force, but ending within the reminder period: time to renew it. */
	ENDING_SOON,

	/** Its last day has passed without a renewal. */
	LAPSED,

	/** The household withdrew it. */
	WITHDRAWN,

	/** Never given. */
	NOT_GIVEN;

	public boolean inForce() {
		return this == IN_FORCE || this == ENDING_SOON;
	}
}
