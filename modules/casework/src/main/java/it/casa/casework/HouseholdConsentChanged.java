package it.casa.casework;

import java.time.Instant;

import it.casa.platform.TenantId;
import it.casa.platform.TenantScopedEvent;

/**
 * A household's consent was given, renewed or withdrawn. Whoever keeps a household's data for a partner drops what the
 * consent no longer covers; the check itself ({@link ConsentChecks}) already answers with the new consent.
 */
public record HouseholdConsentChanged(TenantId tenant, HouseholdId householdId, Instant occurredAt)
		implements TenantScopedEvent {
}
