package it.casa.casework;

import java.time.Instant;

import it.casa.platform.TenantId;

/**
 * Agency and municipality agreed the individual project (progetto assistenziale individualizzato); the case is
 * {@link CaseStatus#IN_PROGRESS}.
 *
 * @param revision the project's revision number, 1 for the agreed text
 * @param goals how many goals it sets
 * @param actions how many actions it plans
 */
public record ProjectAgreed(TenantId tenant, CaseId caseId, int revision, int goals, int actions, Instant occurredAt,
		CaseFacts facts) implements CaseEvent {
}
