package it.casa.platform;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * An Italian fiscal code (codice fiscale) of a person, validated and normalised to upper case without spaces: the
 * algorithm every module that records people shares, so that they accept and refuse the same codes with the same
 * {@link FiscalCodeError} keys. Modules wrap it in their own types and exceptions.
 * <p>
 * Two forms are accepted:
 * <ul>
 * <li>the personal code of 16 characters (surname, name, birth year, month, day plus 40 for women, place of birth,
 * check character), including the omocodia variants in which the Agenzia delle Entrate replaces digits with the
 * letters {@code L M N P Q R S T U V} (for 0 to 9) to tell apart people who would otherwise share a code;</li>
 * <li>the provisional numeric code of 11 digits (codice fiscale numerico provvisorio) given to people who have only
 * that; its last digit is a Luhn check digit and it encodes no personal data.</li>
 * </ul>
 * Omocodia letters are accepted at any of the seven digit positions in any combination: the Agenzia substitutes from
 * the rightmost digit, but rejecting another combination would only lock a person out, and the check character still
 * catches typing errors.
 * <p>
 * Two different codes are two different people, even when one is an omocodia variant of the other: compare
 * {@link #value()} as it is.
 *
 * @param value the normalised code
 */
public record ItalianFiscalCode(String value) {

	/** The sex a personal code encodes (day of birth plus 40 for women). */
	public enum EncodedSex {
		FEMALE, MALE
	}

	/** Letters that replace the digits 0 to 9 in an omocodia variant. */
	private static final String OMOCODIA_LETTERS = "LMNPQRSTUV";

	/** Month letters, January to December. */
	private static final String MONTH_LETTERS = "ABCDEHLMPRST";

	/** Indexes (0-based) of the personal code's characters that are digits or their omocodia letters. */
	private static final int[] DIGIT_POSITIONS = { 6, 7, 9, 10, 12, 13, 14 };

	/** Values of 0-9 then A-Z at the odd positions (1st, 3rd, ...) for the check character. */
	private static final int[] ODD_POSITION_VALUES = { 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, // 0-9
			1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23 }; // A-Z

	private static final Pattern PERSONAL = Pattern
		.compile("[A-Z]{6}[0-9LMNPQRSTUV]{2}[" + MONTH_LETTERS + "][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]");

	private static final Pattern PROVISIONAL = Pattern.compile("[0-9]{11}");

	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

	/**
	 * Normalises and validates {@code value}.
	 *
	 * @throws IllegalArgumentException with the {@link FiscalCodeError#message() message} of the first failure (never
	 *         the value: it is personal data); modules check {@link #validate(String)} first and throw their own
	 *         exception with the {@link FiscalCodeError#code() code}
	 */
	public ItalianFiscalCode {
		Optional<FiscalCodeError> error = validate(value);
		if (error.isPresent()) {
			throw new IllegalArgumentException(error.get().message());
		}
		value = normalise(value);
	}

	/** The first reason why {@code text} is not a valid fiscal code, or empty if it is one. */
	public static Optional<FiscalCodeError> validate(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return Optional.of(FiscalCodeError.BLANK);
		}
		String code = normalise(text);
		if (code.length() == 11) {
			return validateProvisional(code);
		}
		if (code.length() == 16) {
			return validatePersonal(code);
		}
		return Optional.of(FiscalCodeError.LENGTH);
	}

	/** Whether {@code text} is a valid fiscal code. */
	public static boolean isValid(@Nullable String text) {
		return validate(text).isEmpty();
	}

	/** {@code text} in upper case without white space, as codes are stored and compared; not validated. */
	public static String normalise(String text) {
		return WHITE_SPACE.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
	}

	/** Whether this is an 11-digit provisional code, which encodes no birth date, sex or place. */
	public boolean isProvisional() {
		return value.length() == 11;
	}

	/** Whether this personal code has omocodia letters in place of digits. */
	public boolean isOmocode() {
		if (isProvisional()) {
			return false;
		}
		for (int position : DIGIT_POSITIONS) {
			if (Character.isLetter(value.charAt(position))) {
				return true;
			}
		}
		return false;
	}

	/** The sex encoded in a personal code; empty for a provisional code. */
	public Optional<EncodedSex> sex() {
		if (isProvisional()) {
			return Optional.empty();
		}
		return Optional.of(encodedDay(value) > 40 ? EncodedSex.FEMALE : EncodedSex.MALE);
	}

	/**
	 * The birth date encoded in a personal code. The code holds only the last two digits of the year, so the century
	 * is chosen as the latest one that puts the date on or before {@code notAfter} (typically today, or the date of
	 * the request), which is right for newborns and wrong only for people over 100: a code for 9 April 25 read on 1
	 * January 2025 is 1925, read on 9 April 2025 it is 2025.
	 *
	 * @return empty for a provisional code, or for 29 February of year 00 when only 1900 (not a leap year) would fit
	 */
	public Optional<LocalDate> birthDate(LocalDate notAfter) {
		if (isProvisional()) {
			return Optional.empty();
		}
		int twoDigitYear = encodedYear(value);
		int latestYear = notAfter.getYear() - Math.floorMod(notAfter.getYear() - twoDigitYear, 100);
		for (int year = latestYear; year > latestYear - 200; year -= 100) {
			Month month = encodedMonth(value);
			int day = encodedDay(value) % 40;
			if (day <= month.length(Year.isLeap(year))) {
				LocalDate date = LocalDate.of(year, month, day);
				if (!date.isAfter(notAfter)) {
					return Optional.of(date);
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Whether a declared birth date agrees with this code: same day, month and last two digits of the year. A
	 * provisional code encodes no date, so it agrees with any.
	 */
	public boolean isConsistentWithBirthDate(LocalDate declaredBirthDate) {
		if (isProvisional()) {
			return true;
		}
		return encodedYear(value) == declaredBirthDate.getYear() % 100
				&& encodedMonth(value) == declaredBirthDate.getMonth()
				&& encodedDay(value) % 40 == declaredBirthDate.getDayOfMonth();
	}

	/** Whether a declared sex agrees with this code. A provisional code encodes no sex, so it agrees with either. */
	public boolean isConsistentWithSex(EncodedSex declaredSex) {
		return sex().map(declaredSex::equals).orElse(true);
	}

	/**
	 * The cadastral code of the birth place (codice catastale: a municipality, or {@code Z} plus three digits for a
	 * foreign country), with omocodia letters turned back into digits; empty for a provisional code.
	 */
	public Optional<String> birthPlaceCode() {
		if (isProvisional()) {
			return Optional.empty();
		}
		return Optional.of(value.charAt(11) + decodeDigits(value.substring(12, 15)));
	}

	@Override
	public String toString() {
		return value;
	}

	private static Optional<FiscalCodeError> validatePersonal(String code) {
		if (!PERSONAL.matcher(code).matches()) {
			return Optional.of(FiscalCodeError.FORMAT);
		}
		int day = encodedDay(code);
		int dayOfMonth = day % 40;
		boolean dayInRange = (day >= 1 && day <= 31) || (day >= 41 && day <= 71);
		// Year 00 counts as leap: 2000 was one, so 29 February 00 is a real date.
		boolean leap = encodedYear(code) % 4 == 0;
		if (!dayInRange || dayOfMonth > encodedMonth(code).length(leap)) {
			return Optional.of(FiscalCodeError.BIRTH_DATE);
		}
		if (code.charAt(15) != personalCheckCharacter(code)) {
			return Optional.of(FiscalCodeError.CHECKSUM);
		}
		return Optional.empty();
	}

	private static Optional<FiscalCodeError> validateProvisional(String code) {
		if (!PROVISIONAL.matcher(code).matches()) {
			return Optional.of(FiscalCodeError.FORMAT);
		}
		if (code.chars().allMatch(c -> c == '0')) {
			// Passes the check digit, but no office issues a code with progressive number zero.
			return Optional.of(FiscalCodeError.FORMAT);
		}
		if (code.charAt(10) - '0' != provisionalCheckDigit(code)) {
			return Optional.of(FiscalCodeError.CHECKSUM);
		}
		return Optional.empty();
	}

	/** The check character computed over the first 15 characters (as written, omocodia letters included). */
	private static char personalCheckCharacter(String code) {
		int sum = 0;
		for (int i = 0; i < 15; i++) {
			char c = code.charAt(i);
			int index = Character.isDigit(c) ? c - '0' : 10 + (c - 'A');
			// Positions are counted from 1 in the specification: index 0 is the first, odd, position.
			boolean oddPosition = i % 2 == 0;
			sum += oddPosition ? ODD_POSITION_VALUES[index] : (Character.isDigit(c) ? c - '0' : c - 'A');
		}
		return (char) ('A' + sum % 26);
	}

	/** The check digit of a provisional code computed over its first 10 digits (the Luhn variant). */
	private static int provisionalCheckDigit(String code) {
		int sum = 0;
		for (int i = 0; i < 10; i++) {
			int digit = code.charAt(i) - '0';
			if (i % 2 == 1) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return (10 - sum % 10) % 10;
	}

	private static int encodedYear(String code) {
		return Integer.parseInt(decodeDigits(code.substring(6, 8)));
	}

	private static Month encodedMonth(String code) {
		return Month.of(MONTH_LETTERS.indexOf(code.charAt(8)) + 1);
	}

	private static int encodedDay(String code) {
		return Integer.parseInt(decodeDigits(code.substring(9, 11)));
	}

	private static String decodeDigits(String characters) {
		StringBuilder digits = new StringBuilder(characters.length());
		for (char c : characters.toCharArray()) {
			digits.append(Character.isDigit(c) ? c : (char) ('0' + OMOCODIA_LETTERS.indexOf(c)));
		}
		return digits.toString();
	}
}
