package it.casa.casework;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An activation request (scheda di attivazione) as filed: for a household already known to the municipality, or with
 * the new household's details; never both.
 *
 * @param urgencyFacts what makes it urgent, in the operator's words (e.g. "minors, hearing next week"); optional
 */
public record NewActivationRequest(@Nullable HouseholdId existingHousehold, @Nullable HouseholdDetails newHousehold,
		ReportedHousingSituation housing, @Nullable String urgencyFacts, Consent consent) {

	public static final int MAX_URGENCY_FACTS_LENGTH = 2000;

	/**
	 * @throws InvalidCaseDataException {@code activationRequest.household.required} unless exactly one of the
	 *         household fields is given; {@code activationRequest.urgencyFacts.tooLong}
	 */
	public NewActivationRequest {
		Objects.requireNonNull(housing, "housing");
		Objects.requireNonNull(consent, "consent");
		if ((existingHousehold == null) == (newHousehold == null)) {
			throw new InvalidCaseDataException("activationRequest.household.required",
					"Name an existing household or give a new one, not both");
		}
		urgencyFacts = urgencyFacts == null || urgencyFacts.isBlank() ? null : urgencyFacts.strip();
		if (urgencyFacts != null && urgencyFacts.length() > MAX_URGENCY_FACTS_LENGTH) {
			throw new InvalidCaseDataException("activationRequest.urgencyFacts.tooLong",
					"The urgency facts are longer than " + MAX_URGENCY_FACTS_LENGTH + " characters");
		}
	}
}
