package it.casa.platform.rules;

/** A change to a rule version cannot be made as asked: answered as a 409 problem with {@link #code()}. */
class RuleConflictException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String code;

	RuleConflictException(String code, String message) {
		super(message);
		this.code = code;
	}

	String code() {
		return code;
	}
}
