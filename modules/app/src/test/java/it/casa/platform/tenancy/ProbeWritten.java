package it.casa.platform.tenancy;

import it.casa.platform.TenantId;
import it.casa.platform.TenantScopedEvent;

/** Test event: a probe row was written in {@code tenant}; its listener writes a follow-up row. */
record ProbeWritten(TenantId tenant, String label) implements TenantScopedEvent {
}
