package it.casa.emergency;

import java.time.Instant;

import it.casa.platform.TenantId;

/** What is known of the people involved changed; the numbers (only they) replace those of the report. */
public record EmergencyPeopleUpdated(TenantId tenant, EmergencyId emergency, int peopleInvolved, boolean minorsInvolved,
		Instant occurredAt) implements EmergencyEvent {
}
