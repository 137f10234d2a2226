package it.casa.casework.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.domain.AbstractAggregateRoot;

import it.casa.casework.CaseId;
import it.casa.casework.NewNote;
import it.casa.casework.NoteId;
import it.casa.casework.NoteShared;
import it.casa.casework.NoteView;
import it.casa.casework.NoteVisibility;
import it.casa.casework.StaffOrganisation;
import it.casa.platform.StaffRef;
import it.casa.platform.module.WorkContext;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A note of a case's timeline. Notes are never edited: the timeline is what each side told the other, when. */
@Entity
@Table(name = "case_note")
class CaseNote extends AbstractAggregateRoot<CaseNote> {

	@Id
	private UUID id;

	private UUID caseId;

	private Instant writtenAt;

	private String authorUserId;

	private String authorName;

	@Enumerated(EnumType.STRING)
	private StaffOrganisation organisation;

	@Enumerated(EnumType.STRING)
	private NoteVisibility visibility;

	private String text;

	protected CaseNote() {
		// for JPA
	}

	static CaseNote write(WorkContext work, CaseId caseId, NewNote draft) {
		CaseNote note = new CaseNote();
		note.id = UUID.randomUUID();
		note.caseId = caseId.value();
		note.writtenAt = work.now();
		note.authorUserId = work.user().userId();
		note.authorName = work.user().displayName();
		note.organisation = StaffOrganisation.of(work.user());
		note.visibility = draft.visibility();
		note.text = draft.text();
		note.registerEvent(new NoteShared(work.tenant(), caseId, NoteId.of(note.id), note.visibility, note.organisation,
				work.now()));
		return note;
	}

	NoteView view() {
		return new NoteView(NoteId.of(id), CaseId.of(caseId), writtenAt, new StaffRef(authorUserId, authorName),
				organisation, visibility, text);
	}
}
