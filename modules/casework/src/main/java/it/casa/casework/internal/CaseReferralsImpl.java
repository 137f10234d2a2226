package it.casa.casework.internal;

import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.casa.casework.CaseOrigin;
import it.casa.casework.CaseReferrals;
import it.casa.casework.CaseView;
import it.casa.casework.GradeDecision;
import it.casa.casework.GradeProposal;
import it.casa.casework.GradeProposer;
import it.casa.casework.NewActivationRequest;
import it.casa.casework.NewNote;
import it.casa.casework.NoteVisibility;
import it.casa.casework.ReferredCase;
import it.casa.casework.StaffOrganisation;
import it.casa.platform.AuditTrail;
import it.casa.platform.AuditTrail.AuditAction;
import it.casa.platform.CurrentUser;
import it.casa.platform.CurrentUsers;
import it.casa.platform.Role;
import it.casa.platform.TenantContext;
import it.casa.platform.TenantId;
import it.casa.platform.module.WorkContext;
import it.casa.platform.module.WorkContexts;

@Service
@Transactional
class CaseReferralsImpl implements CaseReferrals {

	private final CaseAccess access;

	private final CurrentUsers users;

	private final WorkContexts works;

	private final CaseFiles cases;

	private final HouseholdFiles households;

	private final AuditTrail audit;

	private final TriageReasons reasons;

	private final ConsentKeeper consents;

	private final CaseNotes notes;

	private final GradeProposer proposer = new GradeProposer();

	CaseReferralsImpl(CaseAccess access, CurrentUsers users, WorkContexts works, CaseFiles cases,
			HouseholdFiles households, AuditTrail audit, TriageReasons reasons, ConsentKeeper consents, CaseNotes notes) {
		this.access = access;
		this.users = users;
		this.works = works;
		this.cases = cases;
		this.households = households;
		this.audit = audit;
		this.reasons = reasons;
		this.consents = consents;
		this.notes = notes;
	}

	@Override
	public CaseView openReferred(ReferredCase referral) {
		if (users.current().isPresent()) {
			throw new AccessDeniedException("Referred cases are opened by the system, not in a user's request");
		}
		TenantId tenant = TenantContext.require();
		Optional<CaseFile> existing = cases.findByOriginModuleAndOriginId(referral.origin().module(),
				referral.origin().reference());
		if (existing.isPresent()) {
			return existing.get().view(tenant, reasons);
		}
		WorkContext work = works.onBehalfOf(tenant, referringOperator(referral));
		HouseholdFile household = households.save(HouseholdFile.create(work, referral.household()));
		audit.record(AuditAction.CREATE, Audit.HOUSEHOLD, household.id().toString());
		GradeProposal proposal = proposer.propose(referral.checklist(), work.today());
		GradeDecision decision = proposal.grade() == referral.grade() ? GradeDecision.confirm(proposal)
				: GradeDecision.overrideByRule(proposal, referral.grade(), referral.triageReason());
		NewActivationRequest request = new NewActivationRequest(null, referral.household(), referral.housing(), null,
				referral.consent());
		CaseFile file = CaseFile.openReferred(work, household.id(), referral.household().household(), request,
				referral.urgencyFacts(), referral.origin(), referral.checklist(), proposal, decision,
				referral.triageReason());
		cases.saveAndFlush(file);
		consents.recordWithRequest(work, household.id(), file.id(), request.consent());
		if (referral.firstNote() != null && !referral.firstNote().isBlank()) {
			// What the referring operator wrote for whoever follows the case is its first note, theirs.
			CaseNote note = notes.save(CaseNote.write(work, file.id(), new NewNote(referral.firstNote(), NoteVisibility.ALL)));
			audit.record(AuditAction.CREATE, Audit.NOTE, note.view().id().toString());
		}
		audit.record(AuditAction.CREATE, Audit.CASE, file.id().toString());
		return file.view(tenant, reasons);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CaseView> findByOrigin(CaseOrigin origin) {
		WorkContext work = access.work();
		Optional<CaseFile> file = cases.findByOriginModuleAndOriginId(origin.module(), origin.reference());
		if (file.isEmpty()) {
			return Optional.empty();
		}
		access.requireVisible(work, file.get());
		audit.record(AuditAction.READ, Audit.CASE, file.get().id().toString());
		return Optional.of(file.get().view(work.tenant(), reasons));
	}

	/**
	 * The referring operator, as the filing user: who the request is attributed to and on which side. They act through
	 * the referral they made, not with a session of their own, so only their side's role is given.
	 */
	private static CurrentUser referringOperator(ReferredCase referral) {
		Role role = referral.referredBySide() == StaffOrganisation.AGENCY ? Role.AGENCY_OPERATOR : Role.MUNICIPAL_OPERATOR;
		return new CurrentUser(referral.referredBy().userId(), referral.referredBy().displayName(), Set.of(role), null,
				null);
	}
}
