package it.casa.emergency;

import java.util.Map;

import it.casa.platform.InvalidDataException;

/**
 * A value given to an emergency rule is invalid. {@link #code()} is a stable message key (for example
 * {@code problem.description.required}) that the UI translates; {@link #arguments()} fills its placeholders. The
 * English message is for developers only and never holds the rejected value.
 */
public class InvalidEmergencyDataException extends InvalidDataException {

	private static final long serialVersionUID = 1L;

	public InvalidEmergencyDataException(String code, String message) {
		this(code, message, Map.of());
	}

	public InvalidEmergencyDataException(String code, String message, Map<String, String> arguments) {
		super(code, message, arguments);
	}
}
