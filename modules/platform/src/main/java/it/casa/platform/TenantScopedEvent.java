package it.casa.platform;

/**
 * An event that happened inside one municipality. Listeners of such events run in that municipality's
 * context (its schema and database role), whether the event arrives straight from a request, on another
 * thread, or is republished after a restart with no request at all.
 */
public interface TenantScopedEvent {

	TenantId tenant();
}
