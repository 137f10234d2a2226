package it.casa.casework.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.casa.casework.CaseId;
import it.casa.casework.CaseService;
import it.casa.casework.CaseView;
import it.casa.casework.ClosureReport;
import it.casa.casework.GradeDecision;
import it.casa.casework.GradeProposal;
import it.casa.casework.GradeProposer;
import it.casa.casework.InvalidCaseDataException;
import it.casa.casework.NewActivationRequest;
import it.casa.casework.TriageChecklist;
import it.casa.casework.TriageInput;
import it.casa.platform.AuditTrail;
import it.casa.platform.AuditTrail.AuditAction;
import it.casa.platform.RecordNotFoundException;
import it.casa.platform.StaffRef;
import it.casa.platform.module.WorkContext;

@Service
@Transactional
class CaseServiceImpl implements CaseService {

	private final CaseAccess access;

	private final CaseFiles cases;

	private final HouseholdFiles households;

	private final AuditTrail audit;

	private final TriageReasons reasons;

	private final ConsentKeeper consents;

	private final GradeProposer proposer = new GradeProposer();

	CaseServiceImpl(CaseAccess access, CaseFiles cases, HouseholdFiles households, AuditTrail audit,
			TriageReasons reasons, ConsentKeeper consents) {
		this.access = access;
		this.cases = cases;
		this.households = households;
		this.audit = audit;
		this.reasons = reasons;
		this.consents = consents;
	}

	@Override
	public CaseView file(NewActivationRequest request) {
		return file(access.work(), request);
	}

	@Override
	public CaseView fileReceivedOn(NewActivationRequest request, LocalDate receivedOn) {
		WorkContext work = access.work();
		if (receivedOn.isAfter(work.today())) {
			throw new InvalidCaseDataException("activationRequest.receivedOn.future",
					"A request cannot have been received after today");
		}
		return file(work, work.dated(receivedOn), request);
	}

	private CaseView file(WorkContext work, NewActivationRequest request) {
		return file(work, work, request);
	}

	/**
	 * @param work who files it, now
	 * @param requestDay the same, dated the day the request was made: the case's request date and the household's
	 *        composition on it
	 */
	private CaseView file(WorkContext work, WorkContext requestDay, NewActivationRequest request) {
		HouseholdFile household;
		if (request.existingHousehold() != null) {
			household = households.findById(request.existingHousehold().value())
				.orElseThrow(() -> new RecordNotFoundException("household"));
			audit.record(AuditAction.READ, Audit.HOUSEHOLD, household.id().toString());
		}
		else {
			household = households.save(HouseholdFile.create(work, request.newHousehold()));
			audit.record(AuditAction.CREATE, Audit.HOUSEHOLD, household.id().toString());
		}
		CaseFile file = CaseFile.file(requestDay, household.id(), household.details().household(), request);
		cases.saveAndFlush(file);
		consents.recordWithRequest(work, household.id(), file.id(), request.consent());
		audit.record(AuditAction.CREATE, Audit.CASE, file.id().toString());
		return file.view(work.tenant(), reasons);
	}

	@Override
	@Transactional(readOnly = true)
	public CaseView find(CaseId id) {
		WorkContext work = access.work();
		CaseFile file = access.readable(work, id);
		audit.record(AuditAction.READ, Audit.CASE, id.toString());
		return file.view(work.tenant(), reasons);
	}

	@Override
	@Transactional(readOnly = true)
	public GradeProposal proposeGrade(CaseId id, TriageChecklist checklist) {
		WorkContext work = access.work();
		access.readable(work, id);
		return proposer.propose(checklist, work.today());
	}

	@Override
	public CaseView triage(CaseId id, long expectedVersion, TriageInput input) {
		WorkContext work = access.work();
		CaseFile file = access.writable(work, id, expectedVersion);
		GradeProposal proposal = proposer.propose(input.checklist(), work.today());
		GradeDecision decision = new GradeDecision(proposal.grade(), input.chosenGrade(), input.overrideReason());
		file.triage(work, input.checklist(), proposal, decision);
		return saved(work, file);
	}

	@Override
	public CaseView reject(CaseId id, long expectedVersion, String reason) {
		WorkContext work = access.work();
		CaseFile file = access.writable(work, id, expectedVersion);
		file.reject(work, reason);
		return saved(work, file);
	}

	@Override
	public CaseView close(CaseId id, long expectedVersion, ClosureReport report) {
		WorkContext work = access.work();
		CaseFile file = access.writable(work, id, expectedVersion);
		file.close(work, report);
		return saved(work, file);
	}

	@Override
	public CaseView reopen(CaseId id, long expectedVersion, String reason) {
		WorkContext work = access.work();
		CaseFile file = access.writable(work, id, expectedVersion);
		file.reopen(work, reason);
		return saved(work, file);
	}

	@Override
	public CaseView assign(CaseId id, long expectedVersion, @Nullable StaffRef operator) {
		WorkContext work = access.work();
		CaseFile file = access.writable(work, id, expectedVersion);
		file.assign(work, operator);
		return saved(work, file);
	}

	/** Flushes so that a concurrent change fails here (409) and the view shows the new version. */
	private CaseView saved(WorkContext work, CaseFile file) {
		cases.saveAndFlush(file);
		audit.record(AuditAction.UPDATE, Audit.CASE, file.id().toString());
		return file.view(work.tenant(), reasons);
	}
}
