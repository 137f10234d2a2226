package it.casa.platform.web;

import java.util.Map;

import it.casa.platform.InvalidDataException;

/**
 * A value no field of any module accepts, refused by the platform while the request is read (ADR 0028): a control
 * character in a text, a date outside the plausible window, a body over the size limit. The message never repeats
 * the value.
 */
final class ImplausibleInputException extends InvalidDataException {

	private static final long serialVersionUID = 1L;

	ImplausibleInputException(String code, String message, Map<String, String> arguments) {
		super(code, message, arguments);
	}
}
