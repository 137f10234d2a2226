package it.casa.casework;

import java.time.Instant;

import it.casa.platform.TenantScopedEvent;

/**
 * Something that happened to a case, in the case's municipality. Implementations are past-tense records carrying
 * ids, dates and categories, never personal data: they are stored in the event publication registry.
 */
public interface CaseEvent extends TenantScopedEvent {

	CaseId caseId();

	/** When it happened. */
	Instant occurredAt();
}
