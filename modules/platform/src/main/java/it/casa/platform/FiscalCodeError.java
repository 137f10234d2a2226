package it.casa.platform;

/**
 * Why a text is not a valid {@link ItalianFiscalCode}. {@link #code()} is the stable message key the UI
 * translates; checks run in declaration order and the first failure is reported.
 */
public enum FiscalCodeError {

	/** Nothing but white space was given. */
	BLANK("fiscalCode.blank", "The fiscal code is empty"),

	/** Neither 16 characters (personal code) nor 11 digits (provisional code). */
	LENGTH("fiscalCode.length", "A fiscal code has 16 characters, or 11 digits if provisional"),

	/** A character is not allowed at its position. */
	FORMAT("fiscalCode.format", "The fiscal code has a character that is not allowed at its position"),

	/** The encoded birth month or day does not exist (for example 31 April, or 29 February of a non-leap year). */
	BIRTH_DATE("fiscalCode.birthDate", "The birth date encoded in the fiscal code does not exist"),

	/** The last character (or, for a provisional code, the last digit) does not match the others. */
	CHECKSUM("fiscalCode.checksum", "The check character of the fiscal code is wrong");

	private final String code;

	private final String message;

	FiscalCodeError(String code, String message) {
		this.code = code;
		this.message = message;
	}

	/** The stable message key, for example {@code fiscalCode.checksum}. */
	public String code() {
		return code;
	}

	/** An English explanation for logs and developers; the UI uses {@link #code()}. */
	public String message() {
		return message;
	}
}
