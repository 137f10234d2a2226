package it.casa.casework;

import java.util.Map;

import it.casa.platform.InvalidDataException;

/**
 * A value given to a casework rule is invalid. {@link #code()} is a stable message key
 * (for example {@code fiscalCode.checksum}) that the UI translates; {@link #arguments()} fills its
 * placeholders. The English message is for logs and developers only.
 */
public class InvalidCaseDataException extends InvalidDataException {

	private static final long serialVersionUID = 1L;

	public InvalidCaseDataException(String code, String message) {
		this(code, message, Map.of());
	}

	public InvalidCaseDataException(String code, String message, Map<String, String> arguments) {
		super(code, message, arguments);
	}
}
