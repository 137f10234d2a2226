package it.casa.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;


/**
 * One request in the inbox.
 *
 * @param referencePerson the reference person's name, "family name given name"
 * @param requestedOn the day the request was made (typed in then or later)
 * @param ageDays days since the request was made, whenever it was typed in
 * @param evictionPast whether the eviction date is before today: shown as past; an open case stays urgent, first in
 *        its grade, since a past date of an eviction still in progress counts as imminent (see {@link GradeProposer})
 * @param teamActionsWithoutConsent whether the case has actions of the autonomy team while the household's consent to
 *        the team is not in force
 * @param possibleDuplicates only in the district view, for agency staff: cases of other municipalities for a person
 *        with the same fiscal code; null elsewhere, so that a municipality never learns of another's cases
 */
public record InboxEntry(CaseId caseId, String municipality, String municipalityName, HouseholdId householdId,
		String referencePerson, int householdSize, CaseStatus status, @Nullable Integer grade,
		@Nullable LocalDate evictionDate, boolean evictionPast, Instant filedAt, LocalDate requestedOn, long ageDays,
		@Nullable String assignee,
		HousingSituation housingSituation, FilingOrganisation filedBy, boolean teamActionsWithoutConsent,
		@Nullable List<PossibleDuplicate> possibleDuplicates) {

	/** A case in another municipality about a person with the same fiscal code. */
	public record PossibleDuplicate(String municipality, CaseId caseId, CaseStatus status) {
	}
}
