package it.casa.emergency;

import java.util.Map;
import java.util.Objects;

/**
 * A value given to an emergency rule is invalid. {@link #code()} is a stable message key (for example
 * {@code problem.description.required}) that the UI translates; {@link #arguments()} fills its placeholders. The
 * English message is for developers only and never holds the rejected value.
 */
public class InvalidEmergencyDataException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String code;

	private final Map<String, String> arguments;

	public InvalidEmergencyDataException(String code, String message) {
		this(code, message, Map.of());
	}

	public InvalidEmergencyDataException(String code, String message, Map<String, String> arguments) {
		super(message);
		this.code = Objects.requireNonNull(code, "code");
		this.arguments = Map.copyOf(arguments);
	}

	public String code() {
		return code;
	}

	public Map<String, String> arguments() {
		return arguments;
	}
}
