package it.casa.platform.rules;

/** No rule set (or no version) with this id exists. */
public class UnknownRuleSetException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public UnknownRuleSetException(String message) {
		super(message);
	}
}
