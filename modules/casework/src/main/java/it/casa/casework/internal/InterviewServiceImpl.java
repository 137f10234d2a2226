package it.casa.casework.internal;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.casa.casework.CaseId;
import it.casa.casework.InterviewId;
import it.casa.casework.InterviewPlan;
import it.casa.casework.InterviewService;
import it.casa.casework.InterviewView;
import it.casa.platform.AuditTrail;
import it.casa.platform.AuditTrail.AuditAction;
import it.casa.platform.RecordNotFoundException;
import it.casa.platform.StaleVersionException;
import it.casa.platform.module.WorkContext;

@Service
@Transactional
class InterviewServiceImpl implements InterviewService {

	private final CaseAccess access;

	private final JointInterviews interviews;

	private final AuditTrail audit;

	InterviewServiceImpl(CaseAccess access, JointInterviews interviews, AuditTrail audit) {
		this.access = access;
		this.interviews = interviews;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public List<InterviewView> list(CaseId caseId) {
		WorkContext work = access.work();
		access.readable(work, caseId);
		audit.record(AuditAction.READ, Audit.INTERVIEW, caseId.toString());
		return interviews.findByCaseIdOrderByScheduledFor(caseId.value()).stream().map(JointInterview::view).toList();
	}

	@Override
	public InterviewView schedule(CaseId caseId, InterviewPlan plan) {
		WorkContext work = access.work();
		CaseFile file = access.readable(work, caseId);
		file.requireOpen();
		JointInterview interview = interviews.saveAndFlush(JointInterview.schedule(work, caseId, plan, file.facts()));
		audit.record(AuditAction.CREATE, Audit.INTERVIEW, interview.id().toString());
		return interview.view();
	}

	@Override
	public InterviewView recordOutcome(CaseId caseId, InterviewId id, long expectedVersion, String outcome) {
		WorkContext work = access.work();
		JointInterview interview = load(work, caseId, id, expectedVersion);
		interview.recordOutcome(work, outcome);
		return saved(interview);
	}

	@Override
	public InterviewView cancel(CaseId caseId, InterviewId id, long expectedVersion, String reason) {
		WorkContext work = access.work();
		JointInterview interview = load(work, caseId, id, expectedVersion);
		interview.cancel(work, reason);
		return saved(interview);
	}

	private JointInterview load(WorkContext work, CaseId caseId, InterviewId id, long expectedVersion) {
		access.readable(work, caseId).requireOpen();
		JointInterview interview = interviews.findById(id.value())
			.filter(found -> found.caseId().equals(caseId))
			.orElseThrow(() -> new RecordNotFoundException("interview"));
		StaleVersionException.requireVersion("interview", interview.version(), expectedVersion);
		return interview;
	}

	private InterviewView saved(JointInterview interview) {
		interviews.saveAndFlush(interview);
		audit.record(AuditAction.UPDATE, Audit.INTERVIEW, interview.id().toString());
		return interview.view();
	}
}
