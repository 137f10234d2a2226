package it.casa.emergency;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A place offered for tonight by another module (Temporary Housing's free units, for a start).
 *
 * @param reference the offering module's id for the offer; recorded with the measure that takes it
 * @param kind the kind of place it is
 * @param description what and where, as the offering module describes it
 * @param places how many people it can take
 * @param availableUntil the last night it is available, if limited
 */
public record AccommodationOffer(String reference, MeasureKind kind, String description, int places,
		@Nullable LocalDate availableUntil) {
}
