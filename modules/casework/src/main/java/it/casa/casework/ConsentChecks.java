package it.casa.casework;

import it.casa.platform.CurrentUser;

/**
 * The one check of whether a household's data may reach someone outside the municipality and the agency: the
 * household must have consented to the recipient's kind, the consent must be in force today (given, not withdrawn,
 * not lapsed), and a withdrawal counts from the moment it is recorded. Case work checks it on every read by the
 * autonomy team; the modules that share a household with partners (Free Market, Microcredit, Co-housing) call it here
 * before they show or send anything, from a municipality's context or from the district's.
 */
public interface ConsentChecks {

	/**
	 * Whether {@code recipient} may see what {@code purpose} needs of the household's data today.
	 *
	 * @param purpose what the data is for, in a few words of code ({@code "freemarket.matching"}): named in the refusal
	 */
	boolean maySee(Recipient recipient, HouseholdId household, String purpose);

	/**
	 * Whether {@code user} may see the household's data for {@code purpose}: the municipality's and the agency's staff
	 * always (case work is their task), anyone else as {@link #maySee(Recipient, HouseholdId, String)} says for the
	 * recipient they are.
	 */
	default boolean maySee(CurrentUser user, HouseholdId household, String purpose) {
		return Recipient.of(user).map(recipient -> maySee(recipient, household, purpose)).orElse(true);
	}

	/** @throws ConsentMissingException unless {@code recipient} may see the household's data for {@code purpose} */
	default void requireConsent(Recipient recipient, HouseholdId household, String purpose) {
		if (!maySee(recipient, household, purpose)) {
			throw new ConsentMissingException(recipient.scope(), purpose);
		}
	}
}
