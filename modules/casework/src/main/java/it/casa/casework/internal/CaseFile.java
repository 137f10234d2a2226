package it.casa.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

import it.casa.casework.ActivationRequested;
import it.casa.casework.CaseAssigned;
import it.casa.casework.CaseClosed;
import it.casa.casework.CaseFacts;
import it.casa.casework.CaseId;
import it.casa.casework.CaseOrigin;
import it.casa.casework.CaseReadOnlyException;
import it.casa.casework.CaseRejected;
import it.casa.casework.CaseReopened;
import it.casa.casework.CaseStatus;
import it.casa.casework.CaseTransition;
import it.casa.casework.CaseTriaged;
import it.casa.casework.CaseView;
import it.casa.casework.ClosureReport;
import it.casa.casework.FilingOrganisation;
import it.casa.casework.Grade;
import it.casa.casework.GradeDecision;
import it.casa.casework.GradeProposal;
import it.casa.casework.Household;
import it.casa.casework.HouseholdComposition;
import it.casa.casework.HouseholdId;
import it.casa.casework.HousingSituation;
import it.casa.casework.InvalidCaseTransitionException;
import it.casa.casework.NewActivationRequest;
import it.casa.casework.ProjectAgreed;
import it.casa.casework.StaffOrganisation;
import it.casa.casework.StatusChange;
import it.casa.casework.TriageChecklist;
import it.casa.casework.Wording;
import it.casa.platform.StaffRef;
import it.casa.platform.TenantId;
import it.casa.platform.module.Stamp;
import it.casa.platform.module.WorkContext;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The case aggregate: the activation request and its lifecycle. Every status change goes through
 * {@link CaseStatus#transitionTo(CaseStatus, String)} (the explicit state machine), is kept in the status history,
 * and registers the matching event, published when the repository saves the case.
 */
@Entity
@Table(name = "case_file")
class CaseFile extends AbstractAggregateRoot<CaseFile> {

	@Id
	private UUID id;

	@Version
	private @Nullable Long version;

	private UUID householdId;

	@Enumerated(EnumType.STRING)
	private CaseStatus status;

	private @Nullable Integer grade;

	/** Who filed the request; the organisation is its own column, {@code filed_by}, hence the names spelt out. */
	@Embedded
	@AttributeOverride(name = "at", column = @Column(name = "filed_at"))
	@AttributeOverride(name = "byUserId", column = @Column(name = "filed_by_user_id"))
	@AttributeOverride(name = "byName", column = @Column(name = "filed_by_user_name"))
	private Stamp filed;

	private LocalDate requestedOn;

	@Enumerated(EnumType.STRING)
	private FilingOrganisation filedBy;

	@Enumerated(EnumType.STRING)
	private HousingSituation housingSituation;

	private @Nullable LocalDate hearingDate;

	private @Nullable String housingSituationDescription;

	/** The description CASA wrote for a referred case, in place of a typed one (docs/adr/0021). */
	@Convert(converter = WordingColumn.class)
	@Column(name = "housing_description_wording")
	private @Nullable Wording housingSituationWording;

	private @Nullable String urgencyFacts;

	/** What makes a referred case urgent, as the referring module tells it. */
	@Convert(converter = WordingColumn.class)
	private @Nullable Wording urgencyFactsWording;

	@Enumerated(EnumType.STRING)
	private HouseholdComposition composition;

	private @Nullable LocalDate evictionDate;

	private @Nullable String assigneeUserId;

	private @Nullable String assigneeName;

	private boolean projectAgreed;

	/** The module and record that referred the case (an emergency); null when an operator filed it. */
	private @Nullable String originModule;

	private @Nullable UUID originId;

	private Instant updatedAt;

	private String updatedBy;

	@ElementCollection
	@CollectionTable(name = "case_status_change", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "list_index")
	private List<StatusChangeEntry> statusHistory = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "case_grade_decision", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "list_index")
	private List<GradeDecisionEntry> gradeHistory = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "case_closure", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "list_index")
	private List<ClosureEntry> closures = new ArrayList<>();

	protected CaseFile() {
		// for JPA
	}

	/**
	 * A new case for an activation request. The composition category is the one on the date of the request: it is
	 * what the published figures count, even if the household changes later.
	 */
	static CaseFile file(WorkContext work, HouseholdId householdId, Household household, NewActivationRequest request) {
		CaseFile file = new CaseFile();
		file.id = UUID.randomUUID();
		file.householdId = householdId.value();
		file.status = CaseStatus.REQUESTED;
		file.filed = Stamp.of(work);
		file.requestedOn = work.today();
		file.filedBy = byAgency(work) ? FilingOrganisation.AGENCY : FilingOrganisation.MUNICIPALITY;
		file.housingSituation = request.housing().situation();
		file.hearingDate = request.housing().hearingDate();
		file.housingSituationDescription = request.housing().description();
		file.housingSituationWording = request.housing().describedAs();
		file.urgencyFacts = request.urgencyFacts();
		file.composition = household.compositionOn(work.today());
		file.evictionDate = request.housing().hearingDate();
		file.projectAgreed = false;
		file.touch(work);
		file.registerEvent(new ActivationRequested(work.tenant(), file.id(), householdId, work.now(), file.facts(),
				household.size(), household.hasFragileMembersOn(work.today())));
		return file;
	}

	/**
	 * A case referred by another module: the activation request filed on behalf of the referring operator and triaged
	 * at once, {@code reason} kept in the status history. Only an agency operator becomes the assignee, as in a triage.
	 */
	static CaseFile openReferred(WorkContext work, HouseholdId householdId, Household household,
			NewActivationRequest request, @Nullable Wording urgencyFacts, CaseOrigin origin, TriageChecklist checklist,
			GradeProposal proposal, GradeDecision decision, Wording reason) {
		CaseFile file = file(work, householdId, household, request);
		file.urgencyFactsWording = urgencyFacts;
		file.originModule = origin.module();
		file.originId = origin.reference();
		// The grade is the referral rule's, not the referring operator's: the history says CASA set it, and why.
		file.triage(work.asRule(), checklist, proposal, decision, reason, byAgency(work) ? work.staff() : null);
		return file;
	}

	/** Work done by the agency's side; someone with both roles counts for the agency. */
	private static boolean byAgency(WorkContext work) {
		return StaffOrganisation.of(work.user()) == StaffOrganisation.AGENCY;
	}

	/**
	 * Records a triage: the first one moves a request to {@link CaseStatus#TRIAGED}; later ones change the grade of a
	 * triaged or running case. The eviction date used for urgency becomes the checklist's.
	 */
	void triage(WorkContext work, TriageChecklist checklist, GradeProposal proposal, GradeDecision decision) {
		triage(work, checklist, proposal, decision, null, work.staff());
	}

	/** @param assigneeIfNone who becomes the case's assignee if it has none; null for nobody */
	private void triage(WorkContext work, TriageChecklist checklist, GradeProposal proposal, GradeDecision decision,
			@Nullable Wording reason, @Nullable StaffRef assigneeIfNone) {
		CaseStatus target = status == CaseStatus.REQUESTED ? CaseStatus.TRIAGED : status;
		CaseTransition expected = status == CaseStatus.REQUESTED ? CaseTransition.TRIAGE : CaseTransition.RETRIAGE;
		Grade previous = grade == null ? null : Grade.ofNumber(grade);
		move(work, expected, target, null, reason);
		grade = decision.chosen().number();
		evictionDate = checklist.evictionInProgress() ? checklist.evictionDate() : null;
		gradeHistory.add(GradeDecisionEntry.of(work, checklist, proposal, decision));
		if (assigneeUserId == null && assigneeIfNone != null) {
			assigneeUserId = assigneeIfNone.userId();
			assigneeName = assigneeIfNone.displayName();
		}
		registerEvent(new CaseTriaged(work.tenant(), id(), work.now(), facts(), decision.chosen(), proposal.grade(),
				previous));
	}

	void reject(WorkContext work, String reason) {
		CaseStatus from = status;
		move(work, CaseTransition.REJECT, CaseStatus.REJECTED, reason);
		registerEvent(new CaseRejected(work.tenant(), id(), from, work.now(), facts()));
	}

	void close(WorkContext work, ClosureReport report) {
		move(work, CaseTransition.CLOSE, CaseStatus.CLOSED, report.reason());
		closures.add(ClosureEntry.of(work, report));
		registerEvent(new CaseClosed(work.tenant(), id(), report.outcome(), report.restitutionMeetingOn(), work.now(),
				facts()));
	}

	/** A closed case goes back to where it was closed from; a rejected request is triaged anew. */
	void reopen(WorkContext work, String reason) {
		CaseStatus from = status;
		CaseStatus target = switch (status) {
			case CLOSED -> projectAgreed ? CaseStatus.IN_PROGRESS : CaseStatus.TRIAGED;
			case REJECTED -> CaseStatus.REQUESTED;
			default -> throw new InvalidCaseTransitionException(status, CaseTransition.REOPEN);
		};
		move(work, CaseTransition.REOPEN, target, reason);
		registerEvent(new CaseReopened(work.tenant(), id(), from, work.now(), facts()));
	}

	/** The project of a triaged case was agreed: the case runs. */
	void agreeProject(WorkContext work, int goals, int actions) {
		move(work, CaseTransition.AGREE_PROJECT, CaseStatus.IN_PROGRESS, null);
		projectAgreed = true;
		registerEvent(new ProjectAgreed(work.tenant(), id(), 1, goals, actions, work.now(), facts()));
	}

	void assign(WorkContext work, @Nullable StaffRef operator) {
		requireOpen();
		assigneeUserId = operator == null ? null : operator.userId();
		assigneeName = operator == null ? null : operator.displayName();
		touch(work);
		registerEvent(new CaseAssigned(work.tenant(), id(), assigneeUserId, work.now()));
	}

	/** Closed and rejected cases are read-only until reopened. */
	void requireOpen() {
		if (!status.isOpen()) {
			throw new CaseReadOnlyException(status);
		}
	}

	private void move(WorkContext work, CaseTransition expected, CaseStatus target, @Nullable String reason) {
		move(work, expected, target, reason, null);
	}

	/** @param systemReason why, when CASA took the step by a rule rather than a person (a referral) */
	private void move(WorkContext work, CaseTransition expected, CaseStatus target, @Nullable String reason,
			@Nullable Wording systemReason) {
		if (!status.canTransitionTo(target)) {
			throw new InvalidCaseTransitionException(status, target);
		}
		StatusChange change = status.transitionTo(target, reason);
		if (change.transition() != expected) {
			// The pair exists but is another step (e.g. IN_PROGRESS to IN_PROGRESS is a regrade, not an agreement).
			throw new InvalidCaseTransitionException(status, expected);
		}
		statusHistory.add(StatusChangeEntry.of(work, change, systemReason));
		status = target;
		touch(work);
	}

	private void touch(WorkContext work) {
		updatedAt = work.now();
		updatedBy = work.user().userId();
	}

	CaseId id() {
		return CaseId.of(id);
	}

	HouseholdId householdId() {
		return HouseholdId.of(householdId);
	}

	long version() {
		return version == null ? 0 : version;
	}

	CaseStatus status() {
		return status;
	}

	boolean projectAgreed() {
		return projectAgreed;
	}

	CaseFacts facts() {
		return new CaseFacts(status, grade == null ? null : Grade.ofNumber(grade), housingSituation, composition, filedBy,
				requestedOn);
	}

	/** The case as its readers see it; {@code reasons} tells the reasons of each past triage. */
	CaseView view(TenantId municipality, TriageReasons reasons) {
		return new CaseView(id(), version(), municipality.value(), householdId(), status, grade, filed.at(), requestedOn,
				filedBy, filed.by(), housingSituation, hearingDate, housingSituationDescription, housingSituationWording,
				urgencyFacts, urgencyFactsWording, composition, evictionDate,
				assigneeUserId == null ? null : new StaffRef(assigneeUserId, assigneeName == null ? "" : assigneeName),
				projectAgreed, status.allowedTargets(),
				statusHistory.stream().map(StatusChangeEntry::view).toList(),
				gradeHistory.stream().map(entry -> entry.view(reasons)).toList(),
				closures.stream().map(ClosureEntry::view).toList(),
				originModule == null || originId == null ? null : new CaseOrigin(originModule, originId));
	}
}
