package it.casa.emergency;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/** Free-text fields: trimmed, blank is absent, and a limit on the length. Not API. */
final class Texts {

	private Texts() {
	}

	static @Nullable String optional(@Nullable String text, int maxLength, String field) {
		String value = text == null || text.isBlank() ? null : text.strip();
		if (value != null && value.length() > maxLength) {
			throw new InvalidEmergencyDataException(field + ".tooLong",
					"The " + field + " is longer than " + maxLength + " characters",
					Map.of("maxLength", Integer.toString(maxLength)));
		}
		return value;
	}
}
