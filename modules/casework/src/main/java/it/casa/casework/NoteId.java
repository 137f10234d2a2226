package it.casa.casework;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a shared note of a case's timeline. */
public record NoteId(@JsonValue UUID value) {

	public NoteId {
		Objects.requireNonNull(value, "value");
	}

	@JsonCreator
	public static NoteId of(UUID value) {
		return new NoteId(value);
	}

	public static NoteId random() {
		return new NoteId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
