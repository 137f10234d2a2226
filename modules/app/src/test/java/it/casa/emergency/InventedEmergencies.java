package it.casa.emergency;

/** Request bodies of invented emergencies for the emergency API's tests. */
final class InventedEmergencies {

	private InventedEmergencies() {
	}

	/** The smallest intake: the three required fields. */
	static String minimalIntake(String reportingEntityKind, String problemType, int people) {
		return """
				{"reportingEntity": {"kind": "%s"}, "problem": {"type": "%s"}, "people": {"count": %d}}"""
			.formatted(reportingEntityKind, problemType, people);
	}

	/** The people of an invented single mother and her son, complete for a hand-over. */
	static String motherAndSon(long version, String familyName, String motherCode) {
		return """
				{"version": %d, "count": 2, "minors": 1, "fragileMembers": false, "contactPhone": "+39 000 0000000",
				 "persons": [
				   {"givenName": "Giada", "familyName": "%s", "fiscalCode": "%s", "birthDate": "1988-03-14", "sex": "FEMALE",
				    "role": "REFERENCE_PERSON"},
				   {"givenName": "Luca", "familyName": "%s", "birthDate": "2016-06-02", "sex": "MALE", "role": "CHILD"}
				 ]}""".formatted(version, familyName, motherCode, familyName);
	}
}
