package it.casa.emergency.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.hibernate.annotations.EmbeddedColumnNaming;
import org.jspecify.annotations.Nullable;

import it.casa.emergency.EmergencyView;
import it.casa.emergency.ImmediateMeasure;
import it.casa.emergency.MeasureKind;
import it.casa.platform.module.Stamp;
import it.casa.platform.module.WorkContext;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An immediate measure taken for an emergency (table {@code emergency_measure}); the last one is the current one. */
@Embeddable
class MeasureEntry {

	@Enumerated(EnumType.STRING)
	private MeasureKind kind;

	private @Nullable String placeName;

	private @Nullable String arrangedBy;

	private @Nullable BigDecimal cost;

	private @Nullable LocalDate untilDate;

	private @Nullable String offerReference;

	@Embedded
	@EmbeddedColumnNaming("recorded_%s")
	private Stamp recorded;

	protected MeasureEntry() {
		// for JPA
	}

	static MeasureEntry of(WorkContext work, ImmediateMeasure measure) {
		MeasureEntry entry = new MeasureEntry();
		entry.kind = measure.kind();
		entry.placeName = measure.placeName();
		entry.arrangedBy = measure.arrangedBy();
		entry.cost = measure.cost();
		entry.untilDate = measure.until();
		entry.offerReference = measure.offerReference();
		entry.recorded = Stamp.of(work);
		return entry;
	}

	MeasureKind kind() {
		return kind;
	}

	@Nullable LocalDate untilDate() {
		return untilDate;
	}

	EmergencyView.MeasureView view() {
		return new EmergencyView.MeasureView(kind, placeName, arrangedBy, cost, untilDate, offerReference, recorded.at(),
				recorded.by());
	}
}
