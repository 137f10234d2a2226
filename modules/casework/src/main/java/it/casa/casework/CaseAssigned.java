package it.casa.casework;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import it.casa.platform.TenantId;

/**
 * A case got a new responsible agency operator (or none).
 *
 * @param operatorUserId the identity provider's id of the operator, null when unassigned
 */
public record CaseAssigned(TenantId tenant, CaseId caseId, @Nullable String operatorUserId, Instant occurredAt)
		implements CaseEvent {
}
