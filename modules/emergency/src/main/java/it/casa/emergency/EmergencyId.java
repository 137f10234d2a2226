package it.casa.emergency;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies an emergency (a Pronto Intervento Sociale intervention). Unique across the district. */
public record EmergencyId(@JsonValue UUID value) {

	public EmergencyId {
		Objects.requireNonNull(value, "value");
	}

	@JsonCreator
	public static EmergencyId of(UUID value) {
		return new EmergencyId(value);
	}

	public static EmergencyId random() {
		return new EmergencyId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
