package it.casa.casework;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What every case event says about the case as it is after the event, so that monitoring can count requests by
 * municipality, period, housing situation, household composition, grade, status and origin without reading
 * casework's tables. Categories and dates only: nothing here identifies a person.
 *
 * @param status the status after the event
 * @param grade the current grade, null until the first triage
 * @param housingSituation the housing situation reported in the activation request
 * @param composition the household composition category on the date of the request
 * @param filedBy where the request came from
 * @param requestedOn the date of the activation request (Europe/Rome)
 */
public record CaseFacts(CaseStatus status, @Nullable Grade grade, HousingSituation housingSituation,
		HouseholdComposition composition, FilingOrganisation filedBy, LocalDate requestedOn) {

	public CaseFacts {
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(housingSituation, "housingSituation");
		Objects.requireNonNull(composition, "composition");
		Objects.requireNonNull(filedBy, "filedBy");
		Objects.requireNonNull(requestedOn, "requestedOn");
	}
}
