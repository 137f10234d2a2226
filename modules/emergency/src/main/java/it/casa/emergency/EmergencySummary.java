package it.casa.emergency;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One emergency in a list: enough to pick it, no names of people.
 *
 * @param nextDueAt when the earliest open item of the checklist is due; null when none is open
 * @param overdue whether that item is overdue now
 */
public record EmergencySummary(EmergencyId id, String municipality, String municipalityName, Instant calledAt,
		ReportingEntityKind reportingEntityKind, @Nullable String reportingEntityName, ProblemType problemType,
		@Nullable String place, int peopleInvolved, int minors, boolean fragileMembers, EmergencyStatus status,
		boolean handedOver, @Nullable MeasureKind measureKind, @Nullable LocalDate measureUntil,
		@Nullable Instant nextDueAt, boolean overdue, @Nullable Instant closedAt) {
}
