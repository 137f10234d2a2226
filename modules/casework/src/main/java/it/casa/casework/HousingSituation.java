package it.casa.casework;

/**
 * The housing situation found when a household is referred (situazione abitativa riscontrata), in the
 * categories of the agency's published figures plus {@link #OTHER}. See {@link ReportedHousingSituation}
 * for the details each one needs.
 */
public enum HousingSituation {

	/** Rilascio alloggio per mancato rinnovo contratto di locazione: the lease ended and was not renewed. */
	LEASE_NOT_RENEWED,

	/** Rilascio alloggio per procedimento di sfratto in corso: an eviction is in progress. Needs the hearing date. */
	EVICTION_IN_PROGRESS,

	/** Sistemazione abitativa stabile ma provvisoria: a stable but provisional arrangement. */
	STABLE_BUT_PROVISIONAL,

	/** Termine temporale di accoglienza presso servizi di accoglienza temporanea: a stay in temporary reception ends. */
	END_OF_TEMPORARY_RECEPTION,

	/** Difficoltà sostenibilità affitto: the rent is not sustainable. */
	RENT_NOT_SUSTAINABLE,

	/** Rilascio immobile per motivazione differente da procedimento di sfratto: leaving the dwelling for another reason. */
	LEAVING_FOR_OTHER_REASONS,

	/** Altro: none of the above. Needs a description. */
	OTHER;

	/** Whether this situation needs the date of the eviction hearing. */
	public boolean requiresHearingDate() {
		return this == EVICTION_IN_PROGRESS;
	}

	/** Whether this situation needs a free-text description. */
	public boolean requiresDescription() {
		return this == OTHER;
	}
}
