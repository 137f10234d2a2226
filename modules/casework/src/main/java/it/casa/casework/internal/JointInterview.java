package it.casa.casework.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

import it.casa.casework.CaseFacts;
import it.casa.casework.CaseId;
import it.casa.casework.InterviewId;
import it.casa.casework.InterviewPlan;
import it.casa.casework.InterviewScheduled;
import it.casa.casework.InterviewStatus;
import it.casa.casework.InterviewView;
import it.casa.casework.InvalidCaseDataException;
import it.casa.platform.StaffRef;
import it.casa.platform.module.DistrictClock;
import it.casa.platform.module.WorkContext;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A joint interview of a case: its own aggregate, so that planning it never conflicts with edits of the case. */
@Entity
@Table(name = "joint_interview")
class JointInterview extends AbstractAggregateRoot<JointInterview> {

	@Id
	private UUID id;

	@Version
	private @Nullable Long version;

	private UUID caseId;

	private Instant scheduledFor;

	private String place;

	@ElementCollection
	@CollectionTable(name = "joint_interview_participant", joinColumns = @JoinColumn(name = "interview_id"))
	@OrderColumn(name = "list_index")
	@Column(name = "participant")
	private List<String> participants = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private InterviewStatus status;

	private @Nullable String outcome;

	private Instant scheduledAt;

	private String scheduledByUserId;

	private String scheduledByName;

	private @Nullable Instant outcomeRecordedAt;

	private @Nullable String outcomeRecordedByUserId;

	private @Nullable String outcomeRecordedByName;

	protected JointInterview() {
		// for JPA
	}

	static JointInterview schedule(WorkContext work, CaseId caseId, InterviewPlan plan, CaseFacts facts) {
		JointInterview interview = new JointInterview();
		interview.id = UUID.randomUUID();
		interview.caseId = caseId.value();
		interview.scheduledFor = plan.scheduledFor().toInstant();
		interview.place = plan.place();
		interview.participants.addAll(plan.participants());
		interview.status = InterviewStatus.SCHEDULED;
		interview.scheduledAt = work.now();
		interview.scheduledByUserId = work.user().userId();
		interview.scheduledByName = work.user().displayName();
		interview.registerEvent(new InterviewScheduled(work.tenant(), caseId, interview.id(), plan.scheduledFor(),
				work.now(), facts));
		return interview;
	}

	void recordOutcome(WorkContext work, String outcome) {
		requireScheduled();
		this.status = InterviewStatus.HELD;
		this.outcome = outcome;
		this.outcomeRecordedAt = work.now();
		this.outcomeRecordedByUserId = work.user().userId();
		this.outcomeRecordedByName = work.user().displayName();
	}

	/** The reason is kept where a held interview keeps its outcome: what became of the interview. */
	void cancel(WorkContext work, String reason) {
		requireScheduled();
		this.status = InterviewStatus.CANCELLED;
		this.outcome = reason;
		this.outcomeRecordedAt = work.now();
		this.outcomeRecordedByUserId = work.user().userId();
		this.outcomeRecordedByName = work.user().displayName();
	}

	private void requireScheduled() {
		if (status != InterviewStatus.SCHEDULED) {
			throw new InvalidCaseDataException("interview.notScheduled",
					"Only a scheduled interview can be held or cancelled; this one is " + status);
		}
	}

	InterviewId id() {
		return InterviewId.of(id);
	}

	CaseId caseId() {
		return CaseId.of(caseId);
	}

	long version() {
		return version == null ? 0 : version;
	}

	InterviewView view() {
		return new InterviewView(id(), version(), caseId(), DistrictClock.timeOf(scheduledFor),
				place, List.copyOf(participants),
				status, outcome, new StaffRef(scheduledByUserId, scheduledByName), outcomeRecordedAt,
				outcomeRecordedByUserId == null ? null
						: new StaffRef(outcomeRecordedByUserId, outcomeRecordedByName == null ? "" : outcomeRecordedByName));
	}
}
