package it.casa.casework;

import static it.casa.ApiClient.number;
import static it.casa.ApiClient.string;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import it.casa.ApiClient;
import it.casa.InventedFiscalCodes;
import it.casa.CasaTestUsers;
import it.casa.TriageChecklists;

/** Who sees which case: municipality against municipality, and each role inside one. */
@SpringBootTest
@AutoConfigureMockMvc
class CaseAccessTests {

	@Autowired
	MockMvc mvc;

	ApiClient client;

	ApiClient.As melegnano;

	ApiClient.As agencyInMelegnano;

	String caseId;

	String householdId;

	@BeforeEach
	void aCaseInMelegnano() throws Exception {
		client = new ApiClient(mvc);
		melegnano = client.as(CasaTestUsers.municipalOperator("melegnano"), null);
		agencyInMelegnano = client.as(CasaTestUsers.agencyOperator(), "melegnano");
		String code = InventedFiscalCodes.fiscalCode("GLL", "MRC", LocalDate.of(1975, 1, 20), false);
		var filed = melegnano.post("/api/casework/cases", InventedPeople.singleAdult("Galletti", code))
			.andExpect(status().isCreated());
		caseId = string(filed, "$.id");
		householdId = string(filed, "$.householdId");
	}

	@Test
	void municipalOperatorCannotReadAnotherMunicipalitysCase() throws Exception {
		ApiClient.As sanDonato = client.as(CasaTestUsers.municipalOperator("san-donato-milanese"), null);

		sanDonato.get("/api/casework/cases/" + caseId).andExpect(status().isNotFound());
		sanDonato.get("/api/casework/households/" + householdId).andExpect(status().isNotFound());
		sanDonato.get("/api/casework/cases/" + caseId + "/notes").andExpect(status().isNotFound());
		sanDonato.post("/api/casework/cases/" + caseId + "/notes", "{\"text\": \"x\", \"visibility\": \"ALL\"}")
			.andExpect(status().isNotFound());
		// naming Melegnano does not help: a municipal operator is bound to their own municipality
		client.as(CasaTestUsers.municipalOperator("san-donato-milanese"), "melegnano")
			.get("/api/casework/cases/" + caseId)
			.andExpect(status().isNotFound());
	}

	@Test
	void agencyOperatorFindsACaseOnlyInItsOwnMunicipality() throws Exception {
		agencyInMelegnano.get("/api/casework/cases/" + caseId).andExpect(status().isOk());
		client.as(CasaTestUsers.agencyOperator(), "san-donato-milanese")
			.get("/api/casework/cases/" + caseId)
			.andExpect(status().isNotFound());
		// with no municipality chosen, case work needs one
		client.as(CasaTestUsers.agencyOperator(), null)
			.get("/api/casework/cases/" + caseId)
			.andExpect(status().isBadRequest());
	}

	@Test
	void partnerAgenciesAndAgencyAdministratorsHaveNoCaseWorkRights() throws Exception {
		client.as(CasaTestUsers.partnerAgency(), null).get("/api/casework/inbox").andExpect(status().isForbidden());
		client.as(CasaTestUsers.agencyAdmin(), "melegnano")
			.get("/api/casework/cases/" + caseId)
			.andExpect(status().isForbidden());
		client.as(CasaTestUsers.agencyAdmin(), "melegnano")
			.post("/api/casework/cases", InventedPeople.singleAdult("Galletti", InventedFiscalCodes.fiscalCode("GLL", "MRC", LocalDate.of(1975, 1, 20), false)))
			.andExpect(status().isForbidden());
		client.as(CasaTestUsers.noRole(), null).get("/api/casework/inbox").andExpect(status().isForbidden());
	}

	@Test
	void autonomyTeamOperatorSeesOnlyCasesWhereTheyOwnAnAction() throws Exception {
		ApiClient.As cooperative = client.as(CasaTestUsers.autonomyTeamOperator(), "melegnano");
		cooperative.get("/api/casework/cases/" + caseId).andExpect(status().isNotFound());

		// given: the household consents to the autonomy team, and the case gets a project with an action owned by the
		// cooperative's operator
		melegnano.post("/api/casework/households/" + householdId + "/consent",
				"{\"version\": 0, \"givenOn\": \"2026-11-02\", \"scopes\": [\"AUTONOMY_TEAM\"]}").andExpect(status().isOk());
		agencyInMelegnano.post("/api/casework/cases/" + caseId + "/triage",
				"{\"version\": 0, \"grade\": 2, \"checklist\": " + TriageChecklists.answered("{\"arrears\": [\"RENT\"]}") + "}").andExpect(status().isOk());
		agencyInMelegnano.post("/api/casework/cases/" + caseId + "/project", """
				{"version": 1, "goals": ["Budget coaching"], "waysAndTimes": "Weekly",
				 "actions": [{"description": "Financial coaching sessions", "status": "PLANNED",
				              "owner": {"kind": "AUTONOMY_TEAM_OPERATOR", "userId": "equipe.cooperativa",
				                        "displayName": "Cooperativa"}}]}""").andExpect(status().isCreated());

		// then: they see it, its project and household, and may share notes, but not change its lifecycle
		cooperative.get("/api/casework/cases/" + caseId).andExpect(status().isOk());
		cooperative.get("/api/casework/cases/" + caseId + "/project").andExpect(status().isOk());
		cooperative.get("/api/casework/households/" + householdId).andExpect(status().isOk());
		cooperative.post("/api/casework/cases/" + caseId + "/notes",
				"{\"text\": \"First session held\", \"visibility\": \"ALL\"}").andExpect(status().isCreated());
		cooperative.post("/api/casework/cases/" + caseId + "/closure", "{\"version\": 2, \"outcome\": \"GOALS_REACHED\"}")
			.andExpect(status().isForbidden());
		cooperative.put("/api/casework/households/" + householdId, """
				{"version": 0, "members": [{"givenName": "Marco", "familyName": "Galletti", "relationship": "REFERENCE_PERSON",
				 "birthDate": "1975-01-20", "sex": "MALE"}]}""")
			.andExpect(status().isForbidden());
	}

	@Test
	void restrictedNotesAreHiddenFromThoseTheyAreNotFor() throws Exception {
		agencyInMelegnano.post("/api/casework/cases/" + caseId + "/notes",
				"{\"text\": \"Disclosed violence, do not share\", \"visibility\": \"AGENCY_ONLY\"}")
			.andExpect(status().isCreated());
		melegnano.post("/api/casework/cases/" + caseId + "/notes",
				"{\"text\": \"My own reminder\", \"visibility\": \"AUTHOR_ONLY\"}").andExpect(status().isCreated());
		melegnano.post("/api/casework/cases/" + caseId + "/notes", "{\"text\": \"For everyone\", \"visibility\": \"ALL\"}")
			.andExpect(status().isCreated());

		melegnano.get("/api/casework/cases/" + caseId + "/notes")
			.andExpect(jsonPath("$.page.totalElements").value(2))
			.andExpect(jsonPath("$.content[0].text").value("For everyone"))
			.andExpect(jsonPath("$.content[1].text").value("My own reminder"));
		agencyInMelegnano.get("/api/casework/cases/" + caseId + "/notes")
			.andExpect(jsonPath("$.page.totalElements").value(2))
			.andExpect(jsonPath("$.content[0].text").value("For everyone"))
			.andExpect(jsonPath("$.content[1].visibility").value("AGENCY_ONLY"));
		// a municipal operator may not write what they could not read back
		melegnano.post("/api/casework/cases/" + caseId + "/notes", "{\"text\": \"x\", \"visibility\": \"AGENCY_ONLY\"}")
			.andExpect(status().isForbidden());
	}

	@Test
	void secondEditFromTheSameVersionIsAConflictAndTheFirstEditStays() throws Exception {
		long version = number(melegnano.get("/api/casework/households/" + householdId), "$.version");
		String edit = """
				{"version": %d, "members": [{"givenName": "Marco", "familyName": "%s", "relationship": "REFERENCE_PERSON",
				 "birthDate": "1975-01-20", "sex": "MALE"}]}""";

		melegnano.put("/api/casework/households/" + householdId, edit.formatted(version, "Galletti-Rossi"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(version + 1));
		agencyInMelegnano.put("/api/casework/households/" + householdId, edit.formatted(version, "Galletti-Bianchi"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("version.stale"))
			.andExpect(jsonPath("$.currentVersion").value(version + 1));

		melegnano.get("/api/casework/households/" + householdId)
			.andExpect(jsonPath("$.members[0].familyName").value("Galletti-Rossi"));
		// the same holds for the case itself
		agencyInMelegnano.post("/api/casework/cases/" + caseId + "/rejection", "{\"version\": 0, \"reason\": \"Outside the district\"}")
			.andExpect(status().isOk());
		agencyInMelegnano.post("/api/casework/cases/" + caseId + "/triage", "{\"version\": 0, \"grade\": 1, \"checklist\": " + TriageChecklists.answered() + "}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("version.stale"));
		melegnano.get("/api/casework/cases/" + caseId).andExpect(jsonPath("$.status").value("REJECTED"));
	}
}
