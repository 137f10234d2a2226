package it.casa.platform;

import static it.casa.IsolationVictim.MARKER;
import static it.casa.IsolationVictim.created;
import static it.casa.WriteBody.fixed;
import static it.casa.WriteBody.versioned;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import it.casa.IsolationFixture;
import it.casa.IsolationVictim;
import it.casa.WriteBody;

/**
 * A partner organisation none of the callers works for (its record is the agency administrators' alone), and bodies
 * for the platform's writes: organisations, municipalities and rule versions.
 */
class PlatformIsolationFixture implements IsolationFixture {

	static final String ORGANISATION = "/api/platform/organisations/{id}";

	@Override
	public String module() {
		return "platform";
	}

	@Override
	public void seed(IsolationVictim victim) throws Exception {
		String organisation = created(victim.agencyAdmin().post("/api/platform/organisations",
				organisation(MARKER.toLowerCase() + "-immobili-" + unique(), MARKER + " Immobili")));
		victim.addForeignRecord(organisation);
		victim.remember("id", organisation);
	}

	@Override
	public List<String> administratorsDistrictTools() {
		return List.of("/api/platform/tenants", "/api/platform/audit", "/api/platform/organisations");
	}

	@Override
	public Map<String, WriteBody> writeBodies() {
		Map<String, WriteBody> bodies = new LinkedHashMap<>();
		bodies.put("POST /api/platform/organisations",
				fixed(organisation("ciliegiotti-immobili-" + unique(), "Ciliegiotti Immobili")));
		bodies.put("POST /api/platform/organisations/{id}/suspension",
				versioned(ORGANISATION, "{\"version\": %d, \"reason\": \"The agreement lapsed\"}"));
		bodies.put("POST /api/platform/organisations/{id}/reinstatement", versioned(ORGANISATION, "{\"version\": %d}"));
		bodies.put("POST /api/platform/organisations/{id}/renewal", versioned(ORGANISATION,
				"{\"version\": %d, \"validUntil\": \"" + LocalDate.now().plusYears(3) + "\"}"));
		bodies.put("POST /api/platform/tenants",
				fixed("{\"id\": \"borgo-" + unique() + "\", \"name\": \"Borgo di prova\", \"modules\": [\"casework\"]}"));
		bodies.put("PUT /api/platform/tenants/{id}",
				fixed("{\"name\": \"Borgo di prova\", \"modules\": [\"casework\"], \"enabled\": true, \"version\": 0}"));
		bodies.put("POST /api/platform/rules/{ruleSet}/versions", fixed(ruleVersion()));
		bodies.put("PUT /api/platform/rules/{ruleSet}/versions/{id}",
				fixed("{\"version\": " + ruleVersion() + ", \"revision\": 0}"));
		bodies.put("POST /api/platform/rules/{ruleSet}/versions/{id}/adoption", fixed("{\"revision\": 0}"));
		bodies.put("POST /api/platform/rules/{ruleSet}/evaluation", fixed("{\"facts\": {}}"));
		return bodies;
	}

	private static String organisation(String id, String name) {
		return """
				{"id": "%s", "name": "%s", "kind": "REAL_ESTATE_AGENCY", "validFrom": "%s", "validUntil": "%s"}"""
			.formatted(id, name, LocalDate.now(), LocalDate.now().plusYears(1));
	}

	/** A draft that passes the request's validation; the rule book may still refuse what it says. */
	private static String ruleVersion() {
		return """
				{"key": "isolation-probe", "act": {"kind": "REGIONAL_RESOLUTION", "number": "XII/1", "date": "2030-12-01",
				 "body": "Giunta regionale della Lombardia"}, "effectiveFrom": "2031-01-01",
				 "parameters": [], "criteria": [], "decision": [{"outcome": "eligible"}]}""";
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}
}
