package it.casa.platform.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A rule version's id: what a decision stores to explain itself later with the version it used. */
public record RuleVersionId(@JsonValue long value) {

	@JsonCreator
	public static RuleVersionId of(long value) {
		return new RuleVersionId(value);
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
