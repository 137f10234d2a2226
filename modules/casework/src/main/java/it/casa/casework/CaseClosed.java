package it.casa.casework;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import it.casa.platform.TenantId;

/**
 * A case was closed: after the restitution meeting, or because the household withdrew.
 *
 * @param restitutionMeetingOn the date of the restitution meeting, if one was held
 */
public record CaseClosed(TenantId tenant, CaseId caseId, ClosureOutcome outcome, @Nullable LocalDate restitutionMeetingOn,
		Instant occurredAt, CaseFacts facts) implements CaseEvent {
}
