package it.casa.emergency;

import java.time.Instant;

import it.casa.platform.TenantId;

/** The emergency was closed, handed over to case work or not. Raised for every closure. */
public record EmergencyClosed(TenantId tenant, EmergencyId emergency, Instant closedAt, boolean handedOver)
		implements EmergencyEvent {
}
