package it.casa.casework;

import java.time.Instant;

import it.casa.platform.TenantId;

/** A note was added to a case's timeline (information circularity). The note's text stays in casework. */
public record NoteShared(TenantId tenant, CaseId caseId, NoteId noteId, NoteVisibility visibility,
		StaffOrganisation author, Instant occurredAt) implements CaseEvent {
}
