package it.casa.platform;

import java.util.Map;
import java.util.Objects;

/**
 * A value given to a module's rule is invalid. {@link #code()} is a stable message key (for example
 * {@code fiscalCode.checksum}) that the UI translates; {@link #arguments()} fills its placeholders. The English message
 * is for logs and developers only and never holds the rejected value. Each module throws its own subclass, so that its
 * handlers answer only for its rules.
 */
public abstract class InvalidDataException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String code;

	private final Map<String, String> arguments;

	protected InvalidDataException(String code, String message, Map<String, String> arguments) {
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
