package it.casa.casework;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a case: the activation request and everything that follows it (triage, interviews, project, notes,
 * closure). Unique across the district, so that district views can name a case without its municipality.
 */
public record CaseId(@JsonValue UUID value) {

	public CaseId {
		Objects.requireNonNull(value, "value");
	}

	@JsonCreator
	public static CaseId of(UUID value) {
		return new CaseId(value);
	}

	public static CaseId random() {
		return new CaseId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
