package it.casa.freemarket;

import java.util.Map;

import it.casa.platform.InvalidDataException;

/**
 * A value given to an offer or a partner's terms breaks a Free Market rule. {@link #code()} is a stable message key the
 * UI translates; {@link #arguments()} fills its placeholders (a band's limits); the message never holds the value.
 */
public class InvalidOfferException extends InvalidDataException {

	private static final long serialVersionUID = 1L;

	public InvalidOfferException(String code, String message) {
		this(code, message, Map.of());
	}

	public InvalidOfferException(String code, String message, Map<String, String> arguments) {
		super(code, message, arguments);
	}
}
