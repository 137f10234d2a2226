package it.casa.casework;

import java.time.Instant;
import java.time.OffsetDateTime;

import it.casa.platform.TenantId;

/** A joint interview (colloquio congiunto) was scheduled for a case. */
public record InterviewScheduled(TenantId tenant, CaseId caseId, InterviewId interviewId, OffsetDateTime scheduledFor,
		Instant occurredAt, CaseFacts facts) implements CaseEvent {
}
