package it.casa.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import it.casa.platform.TenantId;
import it.casa.platform.TenantScopedEvent;

/**
 * Scopes of a household's consent end soon: the reminder, recorded in the consent's history and published for the
 * notifications to deliver to the case's operators (ids and dates only, no personal data).
 *
 * @param lastDay the last day the earliest of them holds
 */
public record ConsentEnding(TenantId tenant, HouseholdId householdId, Set<ConsentScope> scopes, LocalDate lastDay,
		Instant occurredAt) implements TenantScopedEvent {

	public ConsentEnding {
		scopes = Set.copyOf(scopes);
	}
}
