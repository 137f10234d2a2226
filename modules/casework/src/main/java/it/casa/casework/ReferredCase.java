package it.casa.casework;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import it.casa.platform.StaffRef;

/**
 * A household referred to case work by another module (an emergency handed over), to be opened as a case already
 * triaged at {@code grade}: the referring module has assessed it, so it does not wait in the inbox as a request.
 *
 * @param referredBy the operator who made the referral, who is recorded as having filed the request
 * @param referredBySide the side that operator works for
 * @param checklist what the referral tells of the triage criteria; if it does not propose {@code grade}, the grade is
 *        assigned as an override for {@code triageReason}
 * @param urgencyFacts what makes it urgent, as the referring module tells it (worded in each reader's language)
 * @param triageReason why the case is triaged at once, kept in its status history as a code (docs/adr/0021)
 * @param firstNote what the referring operator wrote for whoever follows the case: the case's first note, theirs
 */
public record ReferredCase(CaseOrigin origin, StaffRef referredBy, StaffOrganisation referredBySide,
		HouseholdDetails household, ReportedHousingSituation housing, @Nullable Wording urgencyFacts, Consent consent,
		TriageChecklist checklist, Grade grade, Wording triageReason, @Nullable String firstNote) {

	public ReferredCase {
		Objects.requireNonNull(origin, "origin");
		Objects.requireNonNull(referredBy, "referredBy");
		Objects.requireNonNull(referredBySide, "referredBySide");
		Objects.requireNonNull(household, "household");
		Objects.requireNonNull(housing, "housing");
		Objects.requireNonNull(consent, "consent");
		Objects.requireNonNull(checklist, "checklist");
		Objects.requireNonNull(grade, "grade");
		Objects.requireNonNull(triageReason, "triageReason");
		if (referredBySide == StaffOrganisation.AUTONOMY_TEAM) {
			throw new InvalidCaseDataException("referral.side.invalid",
					"Referrals come from the municipality's or the agency's staff");
		}
	}
}
