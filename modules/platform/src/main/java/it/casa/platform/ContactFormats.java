package it.casa.platform;

import java.util.regex.Pattern;

/**
 * Whether a phone number or an e-mail address is one, for every module that records how to reach a household or a
 * person (one owner, ADR 0012). Checked where values come in, never when stored ones are read: a record written before
 * the rule keeps loading.
 */
public final class ContactFormats {

	/** The code of a refused phone number; the web UI words it. */
	public static final String PHONE_INVALID = "contact.phone.invalid";

	/** The code of a refused e-mail address; the web UI words it. */
	public static final String EMAIL_INVALID = "contact.email.invalid";

	/** An optional +, then digits in groups separated by spaces, dots, dashes or slashes, one group may be in brackets. */
	private static final Pattern PHONE = Pattern.compile("\\+?(\\(\\d{1,4}\\)|\\d)([\\d .\\-/]|\\(\\d{1,4}\\))*\\d");

	/** Something@something.tld, no spaces: the form of an address, as far as it can be told without sending mail. */
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

	private ContactFormats() {
	}

	/** 6 to 15 digits (E.164's longest), written as people write them: "+39 02 1234 5678", "02/1234567". */
	public static boolean isPhoneNumber(String value) {
		String text = value.strip();
		long digits = text.chars().filter(Character::isDigit).count();
		return digits >= 6 && digits <= 15 && PHONE.matcher(text).matches();
	}

	public static boolean isEmailAddress(String value) {
		String text = value.strip();
		return text.length() <= 254 && EMAIL.matcher(text).matches();
	}
}
