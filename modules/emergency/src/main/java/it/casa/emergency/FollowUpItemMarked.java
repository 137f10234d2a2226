package it.casa.emergency;

import java.time.Instant;

import it.casa.platform.TenantId;

/** An item of the follow-up checklist was marked done (or, undoing a mistake, not done). */
public record FollowUpItemMarked(TenantId tenant, EmergencyId emergency, FollowUpKind item, boolean done,
		Instant dueAt, Instant occurredAt) implements EmergencyEvent {
}
