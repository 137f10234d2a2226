package it.casa.casework;

import java.time.Instant;

import it.casa.platform.StaffRef;

/** A note of a case's timeline. */
public record NoteView(NoteId id, CaseId caseId, Instant writtenAt, StaffRef author, StaffOrganisation organisation,
		NoteVisibility visibility, String text) {
}
