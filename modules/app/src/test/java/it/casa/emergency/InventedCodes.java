package it.casa.emergency;

import java.time.LocalDate;

/** Fiscal codes of invented people, with a correct check character, so that tests never use a real person's code. */
final class InventedCodes {

	private static final String MONTHS = "ABCDEHLMPRST";

	private static final int[] ODD = { 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20,
			11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23 };

	private InventedCodes() {
	}

	static String fiscalCode(String surname3, String name3, LocalDate birthDate, boolean female) {
		int day = birthDate.getDayOfMonth() + (female ? 40 : 0);
		String body = surname3 + name3 + String.format("%02d", birthDate.getYear() % 100)
				+ MONTHS.charAt(birthDate.getMonthValue() - 1) + String.format("%02d", day) + "F100";
		int sum = 0;
		for (int i = 0; i < 15; i++) {
			char c = body.charAt(i);
			int index = Character.isDigit(c) ? c - '0' : 10 + (c - 'A');
			sum += i % 2 == 0 ? ODD[index] : (Character.isDigit(c) ? c - '0' : c - 'A');
		}
		return body + (char) ('A' + sum % 26);
	}

	/** A mother born on 14 March 1988, the family name's consonants given. */
	static String mother(String surname3) {
		return fiscalCode(surname3, "GDI", LocalDate.of(1988, 3, 14), true);
	}
}
