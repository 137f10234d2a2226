package it.casa.platform.rules;

import java.util.Map;

import it.casa.platform.InvalidDataException;

/** Facts given to an evaluation do not fit the rule set: a fact it does not declare, or a value of the wrong type. */
public class InvalidFactsException extends InvalidDataException {

	private static final long serialVersionUID = 1L;

	public InvalidFactsException(String code, String message, Map<String, String> arguments) {
		super(code, message, arguments);
	}
}
