package it.casa.casework;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a household (nucleo familiare) within its municipality; a household may have several cases over time. */
public record HouseholdId(@JsonValue UUID value) {

	public HouseholdId {
		Objects.requireNonNull(value, "value");
	}

	@JsonCreator
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
