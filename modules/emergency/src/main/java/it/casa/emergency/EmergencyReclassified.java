package it.casa.emergency;

import org.jspecify.annotations.Nullable;

import it.casa.platform.TenantId;

/** The intake was corrected and the reporting entity or the problem type changed: the new values replace the old. */
public record EmergencyReclassified(TenantId tenant, EmergencyId emergency, ReportingEntityKind reportingEntityKind,
		@Nullable String reportingEntityName, ProblemType problemType) implements EmergencyEvent {
}
