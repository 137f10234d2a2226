package it.casa.casework.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.casa.casework.CaseId;
import it.casa.casework.CaseTimeline;
import it.casa.casework.CaseTimelineEntry;
import it.casa.platform.AuditTrail;
import it.casa.platform.AuditTrail.AuditAction;
import it.casa.platform.module.WorkContext;

@Service
@Transactional(readOnly = true)
class CaseTimelineImpl implements CaseTimeline {

	private final CaseAccess access;

	private final CaseTimelineEntries entries;

	private final AuditTrail audit;

	CaseTimelineImpl(CaseAccess access, CaseTimelineEntries entries, AuditTrail audit) {
		this.access = access;
		this.entries = entries;
		this.audit = audit;
	}

	@Override
	public Page<CaseTimelineEntry> entries(CaseId caseId, Pageable page) {
		WorkContext work = access.work();
		access.readable(work, caseId);
		audit.record(AuditAction.READ, Audit.TIMELINE, caseId.toString());
		return entries.page(caseId, page);
	}
}
