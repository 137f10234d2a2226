package it.casa.platform.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.regex.Pattern;

/** A rule set's key, for example {@code triage-grades} or {@code misura-unica}: also its folder in {@code rules/}. */
public record RuleSetId(@JsonValue String value) {

	private static final Pattern WELL_FORMED = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

	public RuleSetId {
		Objects.requireNonNull(value, "value");
		if (!isWellFormed(value)) {
			throw new IllegalArgumentException("A rule set id is lower-case words joined by hyphens");
		}
	}

	@JsonCreator
	public static RuleSetId of(String value) {
		return new RuleSetId(value);
	}

	public static boolean isWellFormed(String value) {
		return value.length() <= 60 && WELL_FORMED.matcher(value).matches();
	}

	@Override
	public String toString() {
		return value;
	}
}
