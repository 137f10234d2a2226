package it.casa.emergency;

import java.time.Instant;

import it.casa.platform.TenantId;

/**
 * The emergency was closed with a hand-over to case work: a grade-4 case is to be opened for the household. The
 * household's data is read through {@link EmergencyReferrals}, not carried here.
 */
public record EmergencyHandedOver(TenantId tenant, EmergencyId emergency, Instant closedAt) implements EmergencyEvent {
}
