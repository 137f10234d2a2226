package it.casa.casework.internal;

import java.util.Collection;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import it.casa.casework.NoteVisibility;

interface CaseNotes extends JpaRepository<CaseNote, UUID> {

	/** The notes of a case that someone may read: those of the visibilities given, and their own. */
	@Query("""
			select n from CaseNote n
			where n.caseId = :caseId and (n.visibility in :visibilities or n.authorUserId = :userId)
			order by n.writtenAt desc, n.id""")
	Page<CaseNote> timeline(UUID caseId, Collection<NoteVisibility> visibilities, String userId, Pageable page);
}
