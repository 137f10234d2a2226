package it.casa.casework.internal;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.casa.casework.CaseId;
import it.casa.casework.NewNote;
import it.casa.casework.NoteService;
import it.casa.casework.NoteView;
import it.casa.casework.NoteVisibility;
import it.casa.platform.AuditTrail;
import it.casa.platform.AuditTrail.AuditAction;
import it.casa.platform.module.ModuleRights;
import it.casa.platform.module.WorkContext;

@Service
@Transactional
class NoteServiceImpl implements NoteService {

	private final CaseAccess access;

	private final CaseNotes notes;

	private final AuditTrail audit;

	private final ModuleRights rights;

	NoteServiceImpl(CaseAccess access, CaseNotes notes, AuditTrail audit, ModuleRights rights) {
		this.access = access;
		this.notes = notes;
		this.audit = audit;
		this.rights = rights;
	}

	@Override
	public NoteView share(CaseId caseId, NewNote draft) {
		WorkContext work = access.work();
		access.readable(work, caseId).requireOpen();
		if (draft.visibility() == NoteVisibility.AGENCY_ONLY && !rights.allows(work.user(), CaseAccess.TRIAGE)) {
			throw new AccessDeniedException("Only agency staff write agency-only notes");
		}
		CaseNote note = notes.saveAndFlush(CaseNote.write(work, caseId, draft));
		NoteView view = note.view();
		audit.record(AuditAction.CREATE, Audit.NOTE, view.id().toString());
		return view;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<NoteView> timeline(CaseId caseId, Pageable page) {
		WorkContext work = access.work();
		access.readable(work, caseId);
		// Agency-only notes are for the agency's side; author-only notes match by author in the query.
		Set<NoteVisibility> visible = rights.allows(work.user(), CaseAccess.TRIAGE)
				? EnumSet.of(NoteVisibility.ALL, NoteVisibility.AGENCY_ONLY) : EnumSet.of(NoteVisibility.ALL);
		audit.record(AuditAction.READ, Audit.NOTE, caseId.toString());
		return notes.timeline(caseId.value(), visible, work.user().userId(), page).map(CaseNote::view);
	}
}
