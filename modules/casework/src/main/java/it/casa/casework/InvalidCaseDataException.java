package it.casa.casework;

import java.util.Map;
import java.util.Objects;

/**
 * A value given to a casework rule is invalid. {@link #code()} is a stable message key
 * (for example {@code fiscalCode.checksum}) that the UI translates; {@link #arguments()} fills its
 * placeholders. The English message is for logs and developers only.
 */
public class InvalidCaseDataException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String code;

	private final Map<String, String> arguments;

	public InvalidCaseDataException(String code, String message) {
		this(code, message, Map.of());
	}

	public InvalidCaseDataException(String code, String message, Map<String, String> arguments) {
		super(message);
		this.code = Objects.requireNonNull(code, "code");
		this.arguments = Map.copyOf(arguments);
	}

	/** The stable message key of this failure. */
	public String code() {
		return code;
	}

	/** Named values for the message placeholders; never null, possibly empty. */
	public Map<String, String> arguments() {
		return arguments;
	}
}
