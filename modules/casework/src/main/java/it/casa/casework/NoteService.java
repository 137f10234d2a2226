package it.casa.casework;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The shared notes of a case (information circularity). Agency-only notes are hidden from municipal and autonomy-team
 * operators; author-only notes from everyone but their author.
 */
public interface NoteService {

	/**
	 * Adds a note to the timeline of an open case.
	 *
	 * @throws org.springframework.security.access.AccessDeniedException for an agency-only note by someone who is not
	 *         agency staff (they could not read it back)
	 */
	@PreAuthorize(Permissions.NOTE_WRITERS)
	NoteView share(CaseId caseId, NewNote note);

	/** The notes the user may read, newest first. */
	@PreAuthorize(Permissions.CASE_READERS)
	Page<NoteView> timeline(CaseId caseId, Pageable page);
}
