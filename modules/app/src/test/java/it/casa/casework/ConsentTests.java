package it.casa.casework;

import static it.casa.ApiClient.number;
import static it.casa.ApiClient.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import it.casa.ApiClient;
import it.casa.CasaTestUsers;
import it.casa.TriageChecklists;
import it.casa.InventedFiscalCodes;
import it.casa.platform.TenantContext;
import it.casa.platform.TenantId;
import it.casa.platform.scheduling.JobScheduler;

/**
 * The household's consent enforced (issue 12, item 1): the autonomy team sees a case only while the household's
 * consent to the team is in force, a withdrawal counts at once and keeps the team's actions, the agency finds the cases
 * whose team actions lost consent, and a reminder is recorded before a consent ends.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConsentTests {

	static final TenantId MELEGNANO = TenantId.of("melegnano");

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Rome"));

	@Autowired
	MockMvc mvc;

	@Autowired
	ConsentChecks checks;

	@Autowired
	JobScheduler scheduler;

	ApiClient.As melegnano;

	ApiClient.As agency;

	ApiClient.As cooperative;

	String family;

	String caseId;

	String householdId;

	@BeforeEach
	void aCaseWhoseConsentCoversOnlyCaseWork() throws Exception {
		ApiClient client = new ApiClient(mvc);
		melegnano = client.as(CasaTestUsers.municipalOperator("melegnano"), null);
		agency = client.as(CasaTestUsers.agencyOperator(), "melegnano");
		cooperative = client.as(CasaTestUsers.autonomyTeamOperator(), "melegnano");
		family = "Consenso" + UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 5);
		String code = InventedFiscalCodes.fiscalCode("CNS", "MRC", LocalDate.of(1975, 1, 20), false);
		var filed = melegnano.post("/api/casework/cases", InventedPeople.singleAdult(family, code))
			.andExpect(status().isCreated());
		caseId = string(filed, "$.id");
		householdId = string(filed, "$.householdId");
		agency.post("/api/casework/cases/" + caseId + "/triage",
				"{\"version\": 0, \"grade\": 2, \"checklist\": " + TriageChecklists.answered("{\"arrears\": [\"RENT\"]}") + "}").andExpect(status().isOk());
	}

	@Test
	void theRequestsConsentIsTheHouseholdsWithItsPeriodAndHistory() throws Exception {
		melegnano.get(consent())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.scopes.length()").value(6))
			.andExpect(jsonPath("$.scopes[0].scope").value("CASE_WORK"))
			.andExpect(jsonPath("$.scopes[0].status").value("IN_FORCE"))
			.andExpect(jsonPath("$.scopes[0].givenOn").value("2026-11-02"))
			// the default length (docs/adr/0020): twelve months, the last day included
			.andExpect(jsonPath("$.scopes[0].validUntil").value("2027-11-01"))
			.andExpect(jsonPath("$.scopes[1].scope").value("AUTONOMY_TEAM"))
			.andExpect(jsonPath("$.scopes[1].status").value("NOT_GIVEN"))
			.andExpect(jsonPath("$.history[0].kind").value("GIVEN"))
			.andExpect(jsonPath("$.history[0].caseId").value(caseId))
			.andExpect(jsonPath("$.history[0].by.userId").value("operatore.melegnano"))
			.andExpect(jsonPath("$.defaultValidUntil").value(TODAY.plusMonths(12).minusDays(1).toString()));
	}

	@Test
	void anActionOfTheTeamNeedsTheHouseholdsConsentToTheTeam() throws Exception {
		// the defect: a case whose consent covered only case work was read in full by the team once it had an action
		agency.post("/api/casework/cases/" + caseId + "/project", projectWithTeamAction(1))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("consent.missing"))
			.andExpect(jsonPath("$.scope").value("AUTONOMY_TEAM"));
		cooperative.get("/api/casework/cases/" + caseId).andExpect(status().isNotFound());

		recordTeamConsent(0);

		agency.post("/api/casework/cases/" + caseId + "/project", projectWithTeamAction(1)).andExpect(status().isCreated());
		cooperative.get("/api/casework/cases/" + caseId).andExpect(status().isOk());
		cooperative.get("/api/casework/households/" + householdId).andExpect(status().isOk());
	}

	@Test
	void withdrawalEndsTheTeamsAccessAtOnceKeepsItsActionsAndListsTheCaseForTheAgency() throws Exception {
		recordTeamConsent(0);
		agency.post("/api/casework/cases/" + caseId + "/project", projectWithTeamAction(1)).andExpect(status().isCreated());
		cooperative.get("/api/casework/cases/" + caseId + "/notes").andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(20)).until(() -> inboxCaseIds(cooperative, "q=" + family).contains(caseId));

		melegnano.post(consent() + "/withdrawal",
				"{\"version\": 1, \"scopes\": [\"AUTONOMY_TEAM\"], \"reason\": \"The household asked to stop sharing\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scopes[1].status").value("WITHDRAWN"))
			.andExpect(jsonPath("$.history[0].kind").value("WITHDRAWN"))
			.andExpect(jsonPath("$.history[0].reason").value("The household asked to stop sharing"));

		// at once, without waiting for any projection
		cooperative.get("/api/casework/cases/" + caseId).andExpect(status().isNotFound());
		cooperative.get("/api/casework/cases/" + caseId + "/project").andExpect(status().isNotFound());
		cooperative.get("/api/casework/cases/" + caseId + "/notes").andExpect(status().isNotFound());
		cooperative.get("/api/casework/cases/" + caseId + "/interviews").andExpect(status().isNotFound());
		cooperative.get("/api/casework/households/" + householdId).andExpect(status().isNotFound());
		assertThat(inboxCaseIds(cooperative, "q=" + family)).doesNotContain(caseId);
		// nothing is deleted: the action stays, and may still be changed, but not given to the team anew
		String project = agency.get("/api/casework/cases/" + caseId + "/project")
			.andExpect(jsonPath("$.actions[0].owner.kind").value("AUTONOMY_TEAM_OPERATOR"))
			.andReturn().getResponse().getContentAsString();
		String actionId = JsonPath.read(project, "$.actions[0].id");
		agency.put("/api/casework/cases/" + caseId + "/project", """
				{"version": 0, "goals": ["Budget coaching"], "waysAndTimes": "Weekly",
				 "actions": [{"id": "%s", "description": "Financial coaching sessions", "status": "DONE",
				              "owner": {"kind": "AUTONOMY_TEAM_OPERATOR", "userId": "equipe.cooperativa",
				                        "displayName": "Cooperativa"}}]}""".formatted(actionId)).andExpect(status().isOk());
		agency.put("/api/casework/cases/" + caseId + "/project", projectWithTeamAction(1))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("consent.missing"));
		// the agency's list of cases whose team actions lost consent, in the district view and in the municipality
		await().atMost(Duration.ofSeconds(20)).until(() -> inboxCaseIds(
				new ApiClient(mvc).as(CasaTestUsers.agencyOperator(), null),
				"teamActionsWithoutConsent=true&q=" + family).contains(caseId));
		agency.get("/api/casework/inbox?teamActionsWithoutConsent=true&q=" + family)
			.andExpect(jsonPath("$.content[*].caseId", hasItem(caseId)))
			.andExpect(jsonPath("$.content[0].teamActionsWithoutConsent").value(true));

		// given again: the team is back, and the case leaves the agency's list
		recordTeamConsent(2);
		cooperative.get("/api/casework/cases/" + caseId).andExpect(status().isOk());
		assertThat(inboxCaseIds(agency, "teamActionsWithoutConsent=true&q=" + family)).doesNotContain(caseId);
	}

	@Test
	void theCheckAnswersOtherModulesInTheMunicipalityAndInTheDistrict() throws Exception {
		HouseholdId household = HouseholdId.of(UUID.fromString(householdId));
		Recipient agencyPartner = new Recipient(ConsentScope.REAL_ESTATE_AGENCIES, "immobiliare-lambro");
		assertThat(TenantContext.callAs(MELEGNANO, () -> checks.maySee(agencyPartner, household, "test"))).isFalse();

		melegnano.post(consent(), """
				{"version": 0, "givenOn": "%s", "scopes": ["REAL_ESTATE_AGENCIES"]}""".formatted(TODAY))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scopes[2].status").value("IN_FORCE"));

		assertThat(TenantContext.callAs(MELEGNANO, () -> checks.maySee(agencyPartner, household, "test"))).isTrue();
		assertThat(TenantContext.callAs(null, () -> checks.maySee(agencyPartner, household, "test"))).isTrue();
		assertThat(TenantContext.callAs(null,
				() -> checks.maySee(new Recipient(ConsentScope.COHOUSING_OPERATORS, "cascina"), household, "test")))
			.isFalse();
	}

	@Test
	void renewalStartsANewPeriodAndAStaleOrInvalidChangeSavesNothing() throws Exception {
		melegnano.post(consent(), """
				{"version": 0, "givenOn": "%s", "validUntil": "%s", "scopes": ["CASE_WORK"]}"""
			.formatted(TODAY, TODAY.plusYears(2)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.scopes[0].validUntil").value(TODAY.plusYears(2).toString()))
			.andExpect(jsonPath("$.history[0].kind").value("RENEWED"));
		agency.post(consent(), """
				{"version": 0, "givenOn": "%s", "scopes": ["AUTONOMY_TEAM"]}""".formatted(TODAY))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("version.stale"));
		agency.post(consent() + "/withdrawal", "{\"version\": 1, \"scopes\": [\"AUTONOMY_TEAM\"], \"reason\": \"x\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("scopes"))
			.andExpect(jsonPath("$.errors[0].code").value("consent.withdrawal.notInForce"));
		agency.post(consent(), """
				{"version": 1, "givenOn": "%s", "validUntil": "%s", "scopes": ["AUTONOMY_TEAM"]}"""
			.formatted(TODAY, TODAY.minusDays(1)))
			.andExpect(status().isBadRequest());
		melegnano.get(consent()).andExpect(jsonPath("$.version").value(1)).andExpect(jsonPath("$.history.length()").value(2));
	}

	@Test
	void onlyTheMunicipalitysAndTheAgencysOperatorsSeeAndChangeTheConsent() throws Exception {
		cooperative.get(consent()).andExpect(status().isForbidden());
		new ApiClient(mvc).as(CasaTestUsers.municipalOperator("san-donato-milanese"), null)
			.get(consent())
			.andExpect(status().isNotFound());
		new ApiClient(mvc).as(CasaTestUsers.partnerAgency(), null)
			.post(consent() + "/withdrawal", "{\"version\": 0, \"scopes\": [\"CASE_WORK\"], \"reason\": \"x\"}")
			.andExpect(status().isForbidden());
	}

	@Test
	void aReminderIsRecordedOnceBeforeTheConsentEnds() throws Exception {
		melegnano.post(consent(), """
				{"version": 0, "givenOn": "%s", "validUntil": "%s", "scopes": ["AUTONOMY_TEAM"]}"""
			.formatted(TODAY, TODAY.plusDays(10)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scopes[1].status").value("ENDING_SOON"));

		runTheRemindersNow();
		runTheRemindersNow();

		String view = melegnano.get(consent()).andReturn().getResponse().getContentAsString();
		List<String> kinds = JsonPath.read(view, "$.history[*].kind");
		assertThat(kinds).containsExactly("REMINDER", "GIVEN", "GIVEN");
		assertThat(JsonPath.<String>read(view, "$.history[0].scope")).isEqualTo("AUTONOMY_TEAM");
		assertThat(JsonPath.<String>read(view, "$.history[0].by.displayName")).isEqualTo("CASA");
		// the case work consent ends in almost a year: no reminder for it yet
		assertThat(number(melegnano.get(consent()), "$.version")).isEqualTo(2);
	}

	/** What the daily run does in each municipality, now, waiting until the job has run. */
	private void runTheRemindersNow() {
		String record = "test-" + UUID.randomUUID();
		scheduler.schedule("casework-consent-reminders", MELEGNANO, record, Instant.now());
		await().atMost(Duration.ofMinutes(2))
			.until(() -> scheduler.scheduledAt("casework-consent-reminders", MELEGNANO, record).isEmpty());
	}

	private void recordTeamConsent(long version) throws Exception {
		melegnano.post(consent(), """
				{"version": %d, "givenOn": "%s", "scopes": ["AUTONOMY_TEAM"]}""".formatted(version, TODAY))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scopes[1].status").value("IN_FORCE"));
	}

	private String consent() {
		return "/api/casework/households/" + householdId + "/consent";
	}

	private static String projectWithTeamAction(long version) {
		return """
				{"version": %d, "goals": ["Budget coaching"], "waysAndTimes": "Weekly",
				 "actions": [{"description": "Financial coaching sessions", "status": "PLANNED",
				              "owner": {"kind": "AUTONOMY_TEAM_OPERATOR", "userId": "equipe.cooperativa",
				                        "displayName": "Cooperativa"}}]}""".formatted(version);
	}

	private static List<String> inboxCaseIds(ApiClient.As user, String query) {
		try {
			return JsonPath.read(user.get("/api/casework/inbox?" + query)
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.content[*].caseId");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}
}
