package it.casa.emergency;

import static it.casa.emergency.InventedEmergencies.minimalIntake;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import it.casa.ApiClient;
import it.casa.CasaTestUsers;

/** What the intake requires (three fields, no more) and how invalid input is answered: a 400 naming every field. */
@SpringBootTest
@AutoConfigureMockMvc
class EmergencyValidationTests {

	@Autowired
	MockMvc mvc;

	ApiClient.As operator;

	@BeforeEach
	void operator() {
		operator = new ApiClient(mvc).as(CasaTestUsers.municipalOperator("san-donato-milanese"), null);
	}

	@Test
	void theReportingEntityTheProblemAndTheNumberOfPeopleAreAllAnIntakeNeeds() throws Exception {
		operator.post("/api/emergency/emergencies", minimalIntake("NOT_RECORDED", "NO_DWELLING", 1))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.calledAt").exists())
			.andExpect(jsonPath("$.place").doesNotExist())
			.andExpect(jsonPath("$.people.minors").value(0))
			.andExpect(jsonPath("$.people.persons.length()").value(0));

		operator.post("/api/emergency/emergencies", "{}")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("request.invalid"))
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("reportingEntity", "problem", "people")));
		operator.post("/api/emergency/emergencies", """
				{"reportingEntity": {}, "problem": {}, "people": {}}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field")
				.value(containsInAnyOrder("reportingEntity.kind", "problem.type", "people.count")));
	}

	@Test
	void theModulesRulesAreAnsweredPerField() throws Exception {
		operator.post("/api/emergency/emergencies", """
				{"reportingEntity": {"kind": "CITIZEN", "name": "Mario Rossi"}, "problem": {"type": "OTHER"},
				 "people": {"count": 2, "minors": 3}}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field")
				.value(containsInAnyOrder("reportingEntity.name", "problem.description", "people.minors")))
			.andExpect(jsonPath("$.errors[*].code").value(containsInAnyOrder("reportingEntity.name.notAllowed",
					"problem.description.required", "people.minors.invalid")));
		operator.post("/api/emergency/emergencies", """
				{"reportingEntity": {"kind": "POLICE"}, "problem": {"type": "FLOODING"},
				 "people": {"count": 1, "persons": [{"fiscalCode": "RSSMRA80A01F100X"}]}}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("people.persons[0].fiscalCode"))
			.andExpect(jsonPath("$.errors[0].code").value("fiscalCode.checksum"));
		operator.post("/api/emergency/emergencies", """
				{"reportingEntity": {"kind": "SHERIFF"}, "problem": {"type": "FLOODING"}, "people": {"count": 1}}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reportingEntity.kind"))
			.andExpect(jsonPath("$.errors[0].code").value("typeMismatch"));
		operator.post("/api/emergency/emergencies", """
				{"calledAt": "%s", "reportingEntity": {"kind": "POLICE"}, "problem": {"type": "FLOODING"},
				 "people": {"count": 1}}""".formatted(Instant.now().plus(1, ChronoUnit.HOURS)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("calledAt"))
			.andExpect(jsonPath("$.errors[0].code").value("calledAt.future"));
	}

	@Test
	void closingNeedsAReasonOrForAHandOverTheHouseholdsConsent() throws Exception {
		String id = operator.create("/api/emergency/emergencies", minimalIntake("HOSPITAL", "NO_DWELLING", 1));

		operator.post("/api/emergency/emergencies/" + id + "/closure", "{\"version\": 0, \"handOver\": false}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"))
			.andExpect(jsonPath("$.errors[0].code").value("closure.note.required"));
		operator.post("/api/emergency/emergencies/" + id + "/closure", "{\"version\": 0, \"handOver\": true}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("consentGivenOn"))
			.andExpect(jsonPath("$.errors[0].code").value("closure.consent.required"));
		operator.post("/api/emergency/emergencies/" + id + "/closure", "{\"handOver\": false, \"note\": \"x\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		operator.post("/api/emergency/emergencies/" + id + "/measures", """
				{"version": 0, "kind": "HOTEL", "cost": -5, "until": "2000-01-01"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("cost"));
		operator.post("/api/emergency/emergencies/" + id + "/measures", """
				{"version": 0, "kind": "HOTEL", "until": "2000-01-01"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("until"))
			.andExpect(jsonPath("$.errors[0].code").value("measure.until.beforeCall"));
		operator.put("/api/emergency/emergencies/" + id + "/follow-up/SOMETHING_ELSE", "{\"version\": 0, \"done\": true}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("item"));
	}

	@Test
	void openApiDescriptionListsTheEmergencyEndpoints() throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/emergency/emergencies'].post").exists())
			.andExpect(jsonPath("$.paths['/api/emergency/emergencies'].get").exists())
			.andExpect(jsonPath("$.paths['/api/emergency/emergencies/{emergencyId}/closure'].post").exists())
			.andExpect(jsonPath("$.paths['/api/casework/cases/origin/{module}/{reference}'].get").exists());
	}
}
