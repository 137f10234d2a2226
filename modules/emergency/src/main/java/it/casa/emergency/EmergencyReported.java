package it.casa.emergency;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import it.casa.platform.TenantId;

/**
 * An emergency was recorded. What the published figures count (reporting entity, problem type) by the time of the
 * call; corrections follow as {@link EmergencyReclassified}.
 *
 * @param reportingEntityName an institution's name (e.g. the Carabinieri station), never a person's
 */
public record EmergencyReported(TenantId tenant, EmergencyId emergency, Instant calledAt,
		ReportingEntityKind reportingEntityKind, @Nullable String reportingEntityName, ProblemType problemType,
		int peopleInvolved, boolean minorsInvolved) implements EmergencyEvent {
}
