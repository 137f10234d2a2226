package it.casa.casework;

import static it.casa.IsolationVictim.MARKER;
import static it.casa.IsolationVictim.created;
import static it.casa.IsolationVictim.succeeded;
import static it.casa.WriteBody.fixed;
import static it.casa.WriteBody.versioned;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.test.web.servlet.ResultActions;

import it.casa.ApiClient;
import it.casa.IsolationFixture;
import it.casa.IsolationVictim;
import it.casa.TriageChecklists;
import it.casa.WriteBody;

/** A Melegnano case in progress (triaged, an interview planned, a project agreed, a note), and bodies for every write. */
class CaseworkIsolationFixture implements IsolationFixture {

	static final String CASE = "/api/casework/cases/{caseId}";

	static final String HOUSEHOLD = "/api/casework/households/{householdId}";

	/** An invented family name for the write bodies, which never carry the marker. */
	static final String WRITTEN = "Ciliegiotti";

	@Override
	public String module() {
		return "casework";
	}

	@Override
	public void seed(IsolationVictim victim) throws Exception {
		ResultActions filed = victim.municipalOperator().post("/api/casework/cases", household(MARKER));
		String caseId = created(filed);
		victim.remember("caseId", caseId);
		victim.remember("householdId", ApiClient.string(filed, "$.householdId"));
		succeeded(victim.agencyOperator().post("/api/casework/cases/" + caseId + "/triage", triage("0")));
		victim.remember("interviewId", created(victim.agencyOperator().post("/api/casework/cases/" + caseId + "/interviews",
				interview("Municipio di Melegnano, ufficio di " + MARKER))));
		succeeded(victim.municipalOperator().post("/api/casework/cases/" + caseId + "/project",
				project("Keep the home of the " + MARKER + " household").formatted(victim.versionAt("/api/casework/cases/" + caseId))));
		created(victim.municipalOperator().post("/api/casework/cases/" + caseId + "/notes", note("Seeded note about " + MARKER)));
	}

	@Override
	public Map<String, WriteBody> writeBodies() {
		Map<String, WriteBody> bodies = new LinkedHashMap<>();
		bodies.put("POST /api/casework/cases", fixed(household(WRITTEN)));
		bodies.put("POST /api/casework/cases/{caseId}/grade-proposal", fixed(TriageChecklists.answered()));
		bodies.put("POST /api/casework/cases/{caseId}/triage", versioned(CASE, triage("%d")));
		bodies.put("POST /api/casework/cases/{caseId}/rejection",
				versioned(CASE, "{\"version\": %d, \"reason\": \"The household moved away\"}"));
		bodies.put("POST /api/casework/cases/{caseId}/closure", versioned(CASE,
				"{\"version\": %d, \"outcome\": \"WITHDRAWN\", \"reason\": \"The household withdrew\"}"));
		bodies.put("POST /api/casework/cases/{caseId}/reopening",
				versioned(CASE, "{\"version\": %d, \"reason\": \"The household asked again\"}"));
		bodies.put("PUT /api/casework/cases/{caseId}/assignee", versioned(CASE,
				"{\"version\": %d, \"operatorUserId\": \"agenzia.operatrice\", \"operatorName\": \"Operatrice\"}"));
		bodies.put("PUT /api/casework/households/{householdId}", versioned(HOUSEHOLD, """
				{"version": %%d, "members": [%s], "contacts": [{"kind": "PHONE", "value": "+39 000 3334445"}]}"""
			.formatted(referencePerson(WRITTEN))));
		bodies.put("POST /api/casework/households/{householdId}/consent", versioned(HOUSEHOLD + "/consent",
				"{\"version\": %d, \"givenOn\": \"" + LocalDate.now().minusDays(1) + "\", \"scopes\": [\"AUTONOMY_TEAM\"]}"));
		bodies.put("POST /api/casework/households/{householdId}/consent/withdrawal", versioned(HOUSEHOLD + "/consent",
				"{\"version\": %d, \"scopes\": [\"CASE_WORK\"], \"reason\": \"The household withdrew it\"}"));
		bodies.put("POST /api/casework/cases/{caseId}/project", versioned(CASE, project("Find a new home")));
		bodies.put("PUT /api/casework/cases/{caseId}/project", versioned(CASE + "/project", project("Find a new home")));
		bodies.put("POST /api/casework/cases/{caseId}/interviews", fixed(interview("Sede dell'Agenzia")));
		bodies.put("PUT /api/casework/cases/{caseId}/interviews/{interviewId}/outcome", versioned(CASE + "/interviews",
				"$[0].version", "{\"version\": %d, \"outcome\": \"The household agreed to the plan\"}"));
		bodies.put("POST /api/casework/cases/{caseId}/interviews/{interviewId}/cancellation", versioned(CASE + "/interviews",
				"$[0].version", "{\"version\": %d, \"reason\": \"The household could not come\"}"));
		bodies.put("POST /api/casework/cases/{caseId}/notes", fixed(note("A note about the visit")));
		return bodies;
	}

	private static String household(String familyName) {
		return """
				{
				  "household": {
				    "members": [%s,
				      {"givenName": "Teo", "familyName": "%s", "relationship": "CHILD", "birthDate": "2016-02-11",
				       "sex": "MALE", "disabled": false}
				    ],
				    "contacts": [{"kind": "PHONE", "value": "+39 000 1112223"}]
				  },
				  "housing": {"situation": "EVICTION_IN_PROGRESS", "hearingDate": "%s"},
				  "consent": {"givenOn": "2026-11-02", "scopes": ["CASE_WORK"]}
				}""".formatted(referencePerson(familyName), familyName, LocalDate.now().plusDays(40));
	}

	private static String referencePerson(String familyName) {
		return """
				{"givenName": "Ornella", "familyName": "%s", "relationship": "REFERENCE_PERSON", "birthDate": "1984-05-09",
				 "sex": "FEMALE", "disabled": false}""".formatted(familyName);
	}

	/** A triage with {@code version} as written (a number, or {@code %d}). */
	private static String triage(String version) {
		String checklist = "{\"evictionInProgress\": true, \"evictionDate\": \"" + LocalDate.now().plusDays(40)
				+ "\", \"socialNetwork\": \"WEAK\"}";
		return "{\"version\": " + version + ", \"grade\": 3, \"checklist\": " + TriageChecklists.answered(checklist) + "}";
	}

	private static String interview(String place) {
		return """
				{"scheduledFor": "%s", "place": "%s",
				 "participants": ["Assistente sociale del Comune", "Operatrice dell'Agenzia"]}"""
			.formatted(OffsetDateTime.now().plusDays(7).withNano(0), place);
	}

	/** A project with {@code %d} for the version. */
	private static String project(String goal) {
		return """
				{"version": %%d, "goals": ["%s"],
				 "actions": [{"description": "Meet the landlord", "dueDate": "%s", "status": "PLANNED",
				              "owner": {"kind": "AGENCY_OPERATOR", "userId": "agenzia.operatrice", "displayName": "Operatrice"}}],
				 "waysAndTimes": "Monthly meetings"}""".formatted(goal, LocalDate.now().plusMonths(2));
	}

	private static String note(String text) {
		return "{\"text\": \"" + text + "\", \"visibility\": \"ALL\"}";
	}
}
