package it.casa.emergency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Where the household sleeps tonight, as arranged: the kind of place, which one, who arranged it, what it costs and
 * until when. A later measure replaces the current one; all are kept.
 *
 * @param placeName the hotel, shelter or unit, e.g. "Hotel Lambro"; for family or friends leave it out
 * @param arrangedBy the office or service that arranged it, e.g. "Servizi sociali del Comune"
 * @param cost the total cost in euro, if any
 * @param until the last night covered, if known
 * @param offerReference the reference of the {@link AccommodationOffer} taken, if the place came from one
 */
public record ImmediateMeasure(MeasureKind kind, @Nullable String placeName, @Nullable String arrangedBy,
		@Nullable BigDecimal cost, @Nullable LocalDate until, @Nullable String offerReference) {

	public static final BigDecimal MAX_COST = new BigDecimal("999999.99");

	/**
	 * @throws InvalidEmergencyDataException {@code measure.placeName.tooLong}, {@code measure.arrangedBy.tooLong},
	 *         {@code measure.cost.invalid} or {@code measure.offerReference.tooLong}
	 */
	public ImmediateMeasure {
		Objects.requireNonNull(kind, "kind");
		placeName = Texts.optional(placeName, 200, "measure.placeName");
		arrangedBy = Texts.optional(arrangedBy, 200, "measure.arrangedBy");
		offerReference = Texts.optional(offerReference, 100, "measure.offerReference");
		if (cost != null && (cost.signum() < 0 || cost.compareTo(MAX_COST) > 0 || cost.stripTrailingZeros().scale() > 2)) {
			throw new InvalidEmergencyDataException("measure.cost.invalid",
					"A cost is 0 to " + MAX_COST.toPlainString() + " euro, in cents at most");
		}
	}

	public static ImmediateMeasure of(MeasureKind kind) {
		return new ImmediateMeasure(kind, null, null, null, null, null);
	}
}
