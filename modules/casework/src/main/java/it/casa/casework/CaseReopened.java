package it.casa.casework;

import java.time.Instant;

import it.casa.platform.TenantId;

/**
 * A closed case or a rejected request was reopened; {@link CaseFacts#status()} is where it went back to. The reason
 * stays in casework.
 *
 * @param reopenedFrom {@link CaseStatus#CLOSED} or {@link CaseStatus#REJECTED}
 */
public record CaseReopened(TenantId tenant, CaseId caseId, CaseStatus reopenedFrom, Instant occurredAt, CaseFacts facts)
		implements CaseEvent {
}
