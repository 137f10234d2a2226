package it.casa.emergency;

import it.casa.platform.TenantScopedEvent;

/**
 * Something that happened to an emergency, in its municipality. Implementations are past-tense records carrying ids,
 * times and categories, never personal data: they are stored in the event publication registry, which every
 * municipality's role can read.
 */
public interface EmergencyEvent extends TenantScopedEvent {

	EmergencyId emergency();
}
