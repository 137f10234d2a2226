package it.casa.casework;

import java.time.LocalDate;

import it.casa.InventedFiscalCodes;

/** Request bodies about invented people; their fiscal codes come from {@link InventedFiscalCodes}. */
final class InventedPeople {

	private InventedPeople() {
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
