package it.casa.casework;

import java.time.Instant;

import it.casa.platform.TenantId;

/**
 * The individual project of a running case was changed; the change is kept as a new revision.
 *
 * @param revision the new revision number
 * @param revisedBy which side made the change
 */
public record ProjectRevised(TenantId tenant, CaseId caseId, int revision, StaffOrganisation revisedBy,
		Instant occurredAt, CaseFacts facts) implements CaseEvent {
}
