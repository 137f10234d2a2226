package it.casa.casework;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A text CASA writes into a record itself (a referral's triage reason, a revision's summary), kept as a code and its
 * parameters so that every reader reads it in their own language (docs/adr/0021). What people type is kept as typed.
 *
 * @param code the stable key of the text, e.g. {@code referral.emergency.triage}; the UI words it
 * @param parameters named values, as plain strings: codes of enumerations, ISO dates and instants, numbers, or text a
 *        person typed (a place), which is shown as it is
 */
public record Wording(String code, Map<String, String> parameters) {

	private static final Pattern CODE = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)*");

	public Wording {
		Objects.requireNonNull(code, "code");
		if (!CODE.matcher(code).matches()) {
			throw new IllegalArgumentException("A wording's code is dot-separated words");
		}
		parameters = Map.copyOf(parameters);
	}

	public static Wording of(String code) {
		return new Wording(code, Map.of());
	}
}
