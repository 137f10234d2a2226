package it.casa.casework;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a joint interview (colloquio congiunto) of a case. */
public record InterviewId(@JsonValue UUID value) {

	public InterviewId {
		Objects.requireNonNull(value, "value");
	}

	@JsonCreator
	public static InterviewId of(UUID value) {
		return new InterviewId(value);
	}

	public static InterviewId random() {
		return new InterviewId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
