package it.casa.casework;

import java.time.Instant;

import it.casa.platform.TenantId;

/**
 * The agency declined a request (before or after triage). The reason stays in casework.
 *
 * @param rejectedFrom the status the case was in
 */
public record CaseRejected(TenantId tenant, CaseId caseId, CaseStatus rejectedFrom, Instant occurredAt, CaseFacts facts)
		implements CaseEvent {
}
