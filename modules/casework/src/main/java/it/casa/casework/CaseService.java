package it.casa.casework;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;

import it.casa.platform.RecordNotFoundException;
import it.casa.platform.StaffRef;
import it.casa.platform.StaleVersionException;

/**
 * The case lifecycle in the current municipality: filing an activation request, triage, rejection, closure and
 * reopening. Every change is checked against the state machine of {@link CaseStatus}, against the version the caller
 * saw, and raises its event; every read and write is recorded in the audit trail.
 */
public interface CaseService {

	/**
	 * Files an activation request: by a municipal operator, or by agency staff on a citizen's behalf.
	 *
	 * @throws RecordNotFoundException if the named existing household does not exist here
	 */
	@PreAuthorize(Permissions.CASE_WORKERS)
	CaseView file(NewActivationRequest request);

	/**
	 * Files an activation request received earlier (on paper, or before CASA was in use) with the date it was
	 * received: the request date, and the household's composition on it, are that day's; when it was recorded stays
	 * in the event's time. Otherwise as {@link #file}.
	 *
	 * @throws InvalidCaseDataException ({@code activationRequest.receivedOn.future}) if {@code receivedOn} is after
	 *         today
	 */
	@PreAuthorize(Permissions.CASE_WORKERS)
	CaseView fileReceivedOn(NewActivationRequest request, LocalDate receivedOn);

	/** The case, if the user may see it; autonomy-team operators see only cases where they own an action. */
	@PreAuthorize(Permissions.CASE_READERS)
	CaseView find(CaseId id);

	/** The grade the system proposes for this checklist today, with the reasons; changes nothing. */
	@PreAuthorize(Permissions.AGENCY)
	GradeProposal proposeGrade(CaseId id, TriageChecklist checklist);

	/**
	 * Assigns a grade: the first triage of a request, or a new grade for a triaged or running case. The triaging
	 * operator becomes the case's assignee if it had none.
	 *
	 * @throws InvalidCaseTransitionException if the case is closed or rejected
	 * @throws StaleVersionException if the case changed since {@code expectedVersion}
	 */
	@PreAuthorize(Permissions.AGENCY)
	CaseView triage(CaseId id, long expectedVersion, TriageInput input);

	/** Declines a request, before or after triage, for a reason. */
	@PreAuthorize(Permissions.AGENCY)
	CaseView reject(CaseId id, long expectedVersion, String reason);

	/** Closes a triaged (the household withdrew) or running case, with the restitution record. */
	@PreAuthorize(Permissions.CASE_WORKERS)
	CaseView close(CaseId id, long expectedVersion, ClosureReport report);

	/** Reopens a closed case or a rejected request, for a reason. */
	@PreAuthorize(Permissions.CASE_WORKERS)
	CaseView reopen(CaseId id, long expectedVersion, String reason);

	/** Makes {@code operator} (an agency operator) responsible for the case, or nobody when null. */
	@PreAuthorize(Permissions.AGENCY)
	CaseView assign(CaseId id, long expectedVersion, @Nullable StaffRef operator);
}
