package it.casa.emergency;

import java.time.Instant;

import it.casa.platform.TenantId;

/** Intake details were corrected without changing a category (the place, the problem's description). */
public record EmergencyDetailsCorrected(TenantId tenant, EmergencyId emergency, Instant occurredAt)
		implements EmergencyEvent {
}
