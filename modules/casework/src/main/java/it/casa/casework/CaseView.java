package it.casa.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import it.casa.platform.StaffRef;

/**
 * A case as its workers see it.
 *
 * @param version send it back with a change; a change based on an older version is refused (HTTP 409)
 * @param grade the current grade (1 to 4), null until triage
 * @param housingSituationWording the situation's description as CASA wrote it for a referred case (docs/adr/0021)
 * @param urgencyFactsWording what makes a referred case urgent, as CASA wrote it
 * @param evictionDate the next eviction date known (from the latest triage, else the reported hearing), for urgency
 * @param allowedStatuses the statuses this case may move to now
 * @param origin the module record the case was referred from (an emergency), null when an operator filed it
 * @see ConsentService the household's consent, kept with the household rather than the case
 */
public record CaseView(CaseId id, long version, String municipality, HouseholdId householdId, CaseStatus status,
		@Nullable Integer grade, Instant filedAt, LocalDate requestedOn, FilingOrganisation filedBy, StaffRef filedByUser,
		HousingSituation housingSituation, @Nullable LocalDate hearingDate, @Nullable String housingSituationDescription,
		@Nullable Wording housingSituationWording, @Nullable String urgencyFacts, @Nullable Wording urgencyFactsWording,
		HouseholdComposition composition, @Nullable LocalDate evictionDate, @Nullable StaffRef assignee,
		boolean projectAgreed, Set<CaseStatus> allowedStatuses, List<StatusChangeView> statusHistory,
		List<GradeDecisionView> gradeHistory, List<ClosureView> closures, @Nullable CaseOrigin origin) {

	/**
	 * One step of the case's lifecycle, with who took it and why.
	 *
	 * @param reason why, as the person typed it
	 * @param reasonWording why, when CASA took the step by a rule (a referral)
	 */
	public record StatusChangeView(CaseStatus from, CaseStatus to, CaseTransition transition, @Nullable String reason,
			@Nullable Wording reasonWording, Instant at, StaffRef by) {
	}

	/** One triage: the checklist, what the system proposed and why, and what the worker decided. */
	public record GradeDecisionView(Instant decidedAt, StaffRef decidedBy, TriageChecklist checklist, int proposedGrade,
			List<GradeReason> reasons, int chosenGrade, @Nullable String overrideReason,
			@Nullable Wording overrideReasonWording) {
	}

	/** One closure of the case (a case may be closed, reopened and closed again). */
	public record ClosureView(Instant closedAt, StaffRef closedBy, ClosureOutcome outcome, @Nullable String reason,
			@Nullable LocalDate restitutionMeetingOn, @Nullable String restitutionSummary) {
	}
}
