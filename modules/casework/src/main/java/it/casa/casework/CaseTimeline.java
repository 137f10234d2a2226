package it.casa.casework;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;

/** What other modules added to a case's timeline, for whoever may read the case. */
public interface CaseTimeline {

	/** The entries, newest first; a case the user may not see is not found. */
	@PreAuthorize(Permissions.CASE_READERS)
	Page<CaseTimelineEntry> entries(CaseId caseId, Pageable page);
}
