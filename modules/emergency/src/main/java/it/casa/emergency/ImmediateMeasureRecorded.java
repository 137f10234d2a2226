package it.casa.emergency;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import it.casa.platform.TenantId;

/**
 * Where the household sleeps was arranged (or changed). A module that offered the place learns here that its offer
 * was taken ({@code offerReference}).
 */
public record ImmediateMeasureRecorded(TenantId tenant, EmergencyId emergency, MeasureKind kind,
		@Nullable LocalDate until, @Nullable BigDecimal cost, @Nullable String offerReference, Instant recordedAt)
		implements EmergencyEvent {
}
