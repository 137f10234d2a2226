package it.casa.casework;

import java.time.LocalDate;

/**
 * Fiscal codes for invented people, with a correct check character, so that tests never use a real person's code.
 * The name letters are given as they would be encoded (three consonants or so); the birth place is Melegnano's
 * cadastral code.
 */
final class InventedPeople {

	private static final String MONTHS = "ABCDEHLMPRST";

	private static final int[] ODD = { 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20,
			11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23 };

	private InventedPeople() {
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

	/** A single mother with two minor children, facing an eviction: the request body of a typical referral. */
	static String singleMotherFacingEviction(String familyName, String motherCode, LocalDate hearingDate) {
		return """
				{
				  "household": {
				    "members": [
				      {"givenName": "Giada", "familyName": "%1$s", "relationship": "REFERENCE_PERSON",
				       "birthDate": "1988-03-14", "sex": "FEMALE", "fiscalCode": "%2$s", "citizenship": "Italiana",
				       "incomeBand": "UP_TO_6000", "disabled": false},
				      {"givenName": "Luca", "familyName": "%1$s", "relationship": "CHILD", "birthDate": "2014-06-02",
				       "sex": "MALE", "disabled": false},
				      {"givenName": "Sara", "familyName": "%1$s", "relationship": "CHILD", "birthDate": "2018-11-20",
				       "sex": "FEMALE", "disabled": false}
				    ],
				    "contacts": [{"kind": "PHONE", "value": "+39 000 0000000"}],
				    "addresses": [{"kind": "RESIDENCE", "street": "Via dei Tigli 1", "postalCode": "20077", "town": "Melegnano"}]
				  },
				  "housing": {"situation": "EVICTION_IN_PROGRESS", "hearingDate": "%3$s"},
				  "urgencyFacts": "Two minors; hearing soon",
				  "consent": {"givenOn": "2026-11-02", "scopes": ["CASE_WORK", "AUTONOMY_TEAM"]}
				}""".formatted(familyName, motherCode, hearingDate);
	}

	/** One adult alone whose rent is no longer sustainable. */
	static String singleAdult(String familyName, String code) {
		return """
				{
				  "household": {
				    "members": [
				      {"givenName": "Marco", "familyName": "%1$s", "relationship": "REFERENCE_PERSON",
				       "birthDate": "1975-01-20", "sex": "MALE", "fiscalCode": "%2$s", "disabled": false}
				    ]
				  },
				  "housing": {"situation": "RENT_NOT_SUSTAINABLE"},
				  "consent": {"givenOn": "2026-11-02", "scopes": ["CASE_WORK"]}
				}""".formatted(familyName, code);
	}
}
