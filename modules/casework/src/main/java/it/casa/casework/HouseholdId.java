package it.casa.casework;

import java.util.Objects;
import java.util.UUID;

/** Identifies a household (nucleo familiare) within its municipality; a household may have several cases over time. */
public record HouseholdId(UUID value) {

	public HouseholdId {
		Objects.requireNonNull(value, "value");
	}

	public static HouseholdId of(UUID value) {
		return new HouseholdId(value);
	}

	public static HouseholdId random() {
		return new HouseholdId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
