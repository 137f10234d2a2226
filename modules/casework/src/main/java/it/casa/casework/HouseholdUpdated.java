package it.casa.casework;

import java.time.Instant;

import it.casa.platform.TenantId;
import it.casa.platform.TenantScopedEvent;

/** A household's members, contacts or addresses were changed. What changed stays in casework. */
public record HouseholdUpdated(TenantId tenant, HouseholdId householdId, Instant occurredAt)
		implements TenantScopedEvent {
}
