package it.casa.emergency;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The checks an Italian fiscal code must pass before case work accepts it: the personal code of 16 characters
 * (omocodia letters included) or the provisional one of 11 digits, with their check character, agreeing with the
 * birth date and sex when those are known. The same rules as case work's {@code FiscalCode}, which this module
 * cannot use (case work depends on emergency, not the other way round); the error keys are the same, so the UI
 * translates them once.
 */
final class FiscalCodes {

	private static final String MONTH_LETTERS = "ABCDEHLMPRST";

	private static final String OMOCODIA_LETTERS = "LMNPQRSTUV";

	private static final int[] ODD_POSITION_VALUES = { 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, // 0-9
			1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23 }; // A-Z

	private static final Pattern PERSONAL = Pattern
		.compile("[A-Z]{6}[0-9LMNPQRSTUV]{2}[" + MONTH_LETTERS + "][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]");

	private static final Pattern PROVISIONAL = Pattern.compile("[0-9]{11}");

	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

	private FiscalCodes() {
	}

	static String normalise(String text) {
		return WHITE_SPACE.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
	}

	/** The key of the first reason why {@code code} (normalised) is not a fiscal code, or empty. */
	static Optional<String> error(String code) {
		if (code.length() == 11) {
			if (!PROVISIONAL.matcher(code).matches() || code.chars().allMatch(c -> c == '0')) {
				return Optional.of("fiscalCode.format");
			}
			return code.charAt(10) - '0' == provisionalCheckDigit(code) ? Optional.empty()
					: Optional.of("fiscalCode.checksum");
		}
		if (code.length() != 16) {
			return Optional.of("fiscalCode.length");
		}
		if (!PERSONAL.matcher(code).matches()) {
			return Optional.of("fiscalCode.format");
		}
		int day = day(code);
		boolean dayInRange = (day >= 1 && day <= 31) || (day >= 41 && day <= 71);
		boolean leap = year(code) % 4 == 0;
		if (!dayInRange || day % 40 > java.time.Month.of(MONTH_LETTERS.indexOf(code.charAt(8)) + 1).length(leap)) {
			return Optional.of("fiscalCode.birthDate");
		}
		return code.charAt(15) == checkCharacter(code) ? Optional.empty() : Optional.of("fiscalCode.checksum");
	}

	/** Whether a valid {@code code} agrees with the birth date and sex given (a provisional code agrees with any). */
	static boolean consistent(String code, @Nullable LocalDate birthDate, @Nullable Sex sex) {
		if (code.length() == 11) {
			return true;
		}
		boolean dateAgrees = birthDate == null || (year(code) == birthDate.getYear() % 100
				&& MONTH_LETTERS.indexOf(code.charAt(8)) + 1 == birthDate.getMonthValue()
				&& day(code) % 40 == birthDate.getDayOfMonth());
		boolean sexAgrees = sex == null || (day(code) > 40) == (sex == Sex.FEMALE);
		return dateAgrees && sexAgrees;
	}

	private static char checkCharacter(String code) {
		int sum = 0;
		for (int i = 0; i < 15; i++) {
			char c = code.charAt(i);
			int index = Character.isDigit(c) ? c - '0' : 10 + (c - 'A');
			sum += i % 2 == 0 ? ODD_POSITION_VALUES[index] : (Character.isDigit(c) ? c - '0' : c - 'A');
		}
		return (char) ('A' + sum % 26);
	}

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

	private static int year(String code) {
		return Integer.parseInt(digits(code.substring(6, 8)));
	}

	private static int day(String code) {
		return Integer.parseInt(digits(code.substring(9, 11)));
	}

	private static String digits(String text) {
		StringBuilder digits = new StringBuilder();
		for (char c : text.toCharArray()) {
			digits.append(Character.isDigit(c) ? c : (char) ('0' + OMOCODIA_LETTERS.indexOf(c)));
		}
		return digits.toString();
	}
}
