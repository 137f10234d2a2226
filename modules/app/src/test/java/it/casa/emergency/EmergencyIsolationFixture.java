package it.casa.emergency;

import static it.casa.IsolationVictim.MARKER;
import static it.casa.IsolationVictim.created;
import static it.casa.IsolationVictim.succeeded;
import static it.casa.WriteBody.fixed;
import static it.casa.WriteBody.versioned;

import java.util.LinkedHashMap;
import java.util.Map;

import it.casa.IsolationFixture;
import it.casa.IsolationVictim;
import it.casa.WriteBody;

/** A Melegnano emergency with tonight's hotel, and bodies for every write. */
class EmergencyIsolationFixture implements IsolationFixture {

	static final String EMERGENCY = "/api/emergency/emergencies/{emergencyId}";

	@Override
	public String module() {
		return "emergency";
	}

	@Override
	public void seed(IsolationVictim victim) throws Exception {
		String emergencyId = created(victim.municipalOperator().post("/api/emergency/emergencies", intake(MARKER)));
		victim.remember("emergencyId", emergencyId);
		// An item a foreign caller could mark: the precise path /follow-up/{item} names it.
		victim.remember("item", "HOUSEHOLD_CONTACTED");
		succeeded(victim.municipalOperator().post("/api/emergency/emergencies/" + emergencyId + "/measures",
				"{\"version\": 0, \"kind\": \"HOTEL\", \"placeName\": \"Hotel " + MARKER + "\"}"));
	}

	@Override
	public Map<String, WriteBody> writeBodies() {
		Map<String, WriteBody> bodies = new LinkedHashMap<>();
		bodies.put("POST /api/emergency/emergencies", fixed(intake("Ciliegiotti")));
		bodies.put("PUT /api/emergency/emergencies/{emergencyId}/intake", versioned(EMERGENCY, """
				{"version": %d, "reportingEntity": {"kind": "CARABINIERI", "name": "Melegnano"},
				 "problem": {"type": "HOUSE_FIRE"}, "place": "Via dei Tigli 3"}"""));
		bodies.put("PUT /api/emergency/emergencies/{emergencyId}/people", versioned(EMERGENCY, """
				{"version": %d, "count": 2, "minors": 0, "contactPhone": "+39 000 3334445",
				 "persons": [{"givenName": "Ornella", "familyName": "Ciliegiotti", "role": "REFERENCE_PERSON"}]}"""));
		bodies.put("POST /api/emergency/emergencies/{emergencyId}/measures",
				versioned(EMERGENCY, "{\"version\": %d, \"kind\": \"SHELTER\", \"placeName\": \"Casa di accoglienza\"}"));
		bodies.put("PUT /api/emergency/emergencies/{emergencyId}/follow-up/{item}",
				versioned(EMERGENCY, "{\"version\": %d, \"done\": true, \"note\": \"Called back\"}"));
		bodies.put("POST /api/emergency/emergencies/{emergencyId}/closure", versioned(EMERGENCY,
				"{\"version\": %d, \"handOver\": false, \"note\": \"The household found a place with relatives\"}"));
		return bodies;
	}

	private static String intake(String familyName) {
		return """
				{"reportingEntity": {"kind": "CARABINIERI", "name": "Melegnano"}, "problem": {"type": "HOUSE_FIRE"},
				 "place": "Via dei Tigli 1", "people": {"count": 1, "contactPhone": "+39 000 1112223",
				 "persons": [{"givenName": "Ornella", "familyName": "%s", "role": "REFERENCE_PERSON"}]}}"""
			.formatted(familyName);
	}
}
