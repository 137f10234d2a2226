package it.casa.casework;

import static it.casa.ApiClient.number;
import static it.casa.ApiClient.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.ResultActions;

import it.casa.ApiClient;
import it.casa.InventedFiscalCodes;
import it.casa.CasaTestUsers;
import it.casa.TriageChecklists;
import it.casa.platform.AuditTrail;
import it.casa.platform.AuditTrail.AuditAction;
import it.casa.platform.TenantId;

/** A case from the activation request to closure and reopening, through the API, with the events it raises. */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(PublishedEventsExtension.class)
class CaseLifecycleTests {

	static final String MELEGNANO = "melegnano";

	static final TenantId MELEGNANO_ID = TenantId.of(MELEGNANO);

	@Autowired
	MockMvc mvc;

	@MockitoSpyBean
	AuditTrail audit;

	ApiClient.As municipality;

	ApiClient.As agency;

	@BeforeEach
	void users() {
		ApiClient client = new ApiClient(mvc);
		municipality = client.as(CasaTestUsers.municipalOperator(MELEGNANO), null);
		agency = client.as(CasaTestUsers.agencyOperator(), MELEGNANO);
	}

	@Test
	void caseRunsFromRequestToClosureRaisingAnEventAtEachStep(AssertablePublishedEvents events) throws Exception {
		// given: a municipal operator refers a single mother facing an eviction
		LocalDate hearing = LocalDate.now().plusDays(40);
		String code = InventedFiscalCodes.fiscalCode("LBR", "GDI", LocalDate.of(1988, 3, 14), true);
		ResultActions filed = municipality.post("/api/casework/cases",
				InventedPeople.singleMotherFacingEviction("Alberetti", code, hearing))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("REQUESTED"))
			.andExpect(jsonPath("$.filedBy").value("MUNICIPALITY"))
			.andExpect(jsonPath("$.composition").value("SINGLE_MOTHER_WITH_MINOR_CHILDREN"))
			.andExpect(jsonPath("$.evictionDate").value(hearing.toString()));
		String caseId = string(filed, "$.id");
		CaseId id = CaseId.of(UUID.fromString(caseId));
		assertThat(events.ofType(ActivationRequested.class).matching(event -> event.caseId().equals(id)))
			.singleElement()
			.satisfies(event -> {
				assertThat(event.tenant()).isEqualTo(MELEGNANO_ID);
				assertThat(event.facts().housingSituation()).isEqualTo(HousingSituation.EVICTION_IN_PROGRESS);
				assertThat(event.facts().composition()).isEqualTo(HouseholdComposition.SINGLE_MOTHER_WITH_MINOR_CHILDREN);
				assertThat(event.facts().filedBy()).isEqualTo(FilingOrganisation.MUNICIPALITY);
				assertThat(event.householdSize()).isEqualTo(3);
				assertThat(event.fragileMembers()).isTrue();
			});

		// when: the agency triages it, confirming the proposal (eviction within 90 days: grade 3)
		String checklist = """
				{"evictionInProgress": true, "evictionDate": "%s", "socialNetwork": "WEAK", "fragileMembers": true}"""
			.formatted(hearing);
		agency.post("/api/casework/cases/" + caseId + "/grade-proposal", checklist)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.grade").value(3));
		ResultActions triaged = agency
			.post("/api/casework/cases/" + caseId + "/triage",
					"{\"version\": 0, \"grade\": 3, \"checklist\": " + TriageChecklists.answered(checklist) + "}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("TRIAGED"))
			.andExpect(jsonPath("$.grade").value(3))
			.andExpect(jsonPath("$.assignee.userId").value("agenzia.operatrice"))
			.andExpect(jsonPath("$.gradeHistory[0].proposedGrade").value(3))
			.andExpect(jsonPath("$.gradeHistory[0].reasons[0].criterion").value("EVICTION_NEAR"));
		assertThat(events.ofType(CaseTriaged.class).matching(event -> event.caseId().equals(id)))
			.singleElement()
			.satisfies(event -> {
				assertThat(event.grade()).isEqualTo(Grade.MULTIDIMENSIONAL_POVERTY);
				assertThat(event.previousGrade()).isNull();
				assertThat(event.isOverride()).isFalse();
				assertThat(event.facts().status()).isEqualTo(CaseStatus.TRIAGED);
			});

		// and: a joint interview is scheduled and held
		ResultActions interview = agency.post("/api/casework/cases/" + caseId + "/interviews", """
				{"scheduledFor": "%s", "place": "Municipio di Melegnano",
				 "participants": ["Assistente sociale del Comune", "Operatrice dell'Agenzia", "La signora"]}"""
					.formatted(java.time.OffsetDateTime.now().plusDays(7).withNano(0)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("SCHEDULED"));
		municipality.put("/api/casework/cases/" + caseId + "/interviews/" + string(interview, "$.id") + "/outcome",
				"{\"version\": 0, \"outcome\": \"Agreed to look for a smaller flat\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("HELD"));
		assertThat(events.ofType(InterviewScheduled.class).matching(event -> event.caseId().equals(id))).hasSize(1);

		// and: an interview cannot be planned in the past, and cancelling one says why
		agency.post("/api/casework/cases/" + caseId + "/interviews", """
				{"scheduledFor": "%s", "place": "Municipio di Melegnano"}"""
					.formatted(java.time.OffsetDateTime.now().minusDays(1).withNano(0)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("scheduledFor"))
			.andExpect(jsonPath("$.errors[0].code").value("FutureOrPresent"));
		String second = string(agency.post("/api/casework/cases/" + caseId + "/interviews", """
				{"scheduledFor": "%s", "place": "Municipio di Melegnano"}"""
					.formatted(java.time.OffsetDateTime.now().plusDays(3).withNano(0)))
			.andExpect(status().isCreated()), "$.id");
		agency.post("/api/casework/cases/" + caseId + "/interviews/" + second + "/cancellation", "{\"version\": 0}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		agency.post("/api/casework/cases/" + caseId + "/interviews/" + second + "/cancellation",
				"{\"version\": 0, \"reason\": \"The household asked to meet next month\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED"))
			.andExpect(jsonPath("$.outcome").value("The household asked to meet next month"));

		// and: both sides agree the project, then the municipality revises it
		long caseVersion = number(agency.get("/api/casework/cases/" + caseId), "$.version");
		ResultActions project = municipality.post("/api/casework/cases/" + caseId + "/project", """
				{"version": %d, "goals": ["Keep the children at their school", "Find a sustainable rent"],
				 "actions": [{"description": "Apply to the district rent fund", "dueDate": "2027-01-15", "status": "PLANNED",
				              "owner": {"kind": "AGENCY_OPERATOR", "userId": "agenzia.operatrice", "displayName": "Operatrice"}}],
				 "waysAndTimes": "Monthly meeting at the municipality"}""".formatted(caseVersion))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.revision").value(1));
		String actionId = string(project, "$.actions[0].id");
		municipality.put("/api/casework/cases/" + caseId + "/project", """
				{"version": 0, "goals": ["Keep the children at their school", "Find a sustainable rent"],
				 "actions": [{"id": "%s", "description": "Apply to the district rent fund", "dueDate": "2027-01-15",
				              "status": "DONE",
				              "owner": {"kind": "AGENCY_OPERATOR", "userId": "agenzia.operatrice", "displayName": "Operatrice"}}],
				 "waysAndTimes": "Monthly meeting at the municipality"}""".formatted(actionId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.revision").value(2))
			.andExpect(jsonPath("$.actions[0].lastChangedBy.userId").value("operatore.melegnano"));
		agency.get("/api/casework/cases/" + caseId + "/project/revisions")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].revision").value(2))
			.andExpect(jsonPath("$[0].organisation").value("MUNICIPALITY"))
			// what changed, as a code and counts the reader's UI words (docs/adr/0021)
			.andExpect(jsonPath("$[0].summary.code").value("project.revised"))
			.andExpect(jsonPath("$[0].summary.parameters.actionsChanged").value("1"))
			.andExpect(jsonPath("$[0].summary.parameters.length()").value(1))
			.andExpect(jsonPath("$[1].summary.code").value("project.agreed"))
			.andExpect(jsonPath("$[1].content.actions[0].status").value("PLANNED"));
		assertThat(events.ofType(ProjectAgreed.class).matching(event -> event.caseId().equals(id)))
			.singleElement()
			.satisfies(event -> assertThat(event.facts().status()).isEqualTo(CaseStatus.IN_PROGRESS));
		assertThat(events.ofType(ProjectRevised.class).matching(event -> event.caseId().equals(id)))
			.singleElement()
			.satisfies(event -> assertThat(event.revisedBy()).isEqualTo(StaffOrganisation.MUNICIPALITY));

		// and: they share notes, then close the case after the restitution meeting
		municipality.post("/api/casework/cases/" + caseId + "/notes",
				"{\"text\": \"The landlord agreed to wait until March\", \"visibility\": \"ALL\"}")
			.andExpect(status().isCreated());
		assertThat(events.ofType(NoteShared.class).matching(event -> event.caseId().equals(id))).hasSize(1);
		caseVersion = number(agency.get("/api/casework/cases/" + caseId), "$.version");
		agency.post("/api/casework/cases/" + caseId + "/closure", """
				{"version": %d, "outcome": "GOALS_REACHED", "reason": "New lease signed",
				 "restitutionMeetingOn": "%s", "restitutionSummary": "Path retraced with the household"}"""
			.formatted(caseVersion, LocalDate.now()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.closures[0].outcome").value("GOALS_REACHED"));
		assertThat(events.ofType(CaseClosed.class).matching(event -> event.caseId().equals(id)))
			.singleElement()
			.satisfies(event -> assertThat(event.outcome()).isEqualTo(ClosureOutcome.GOALS_REACHED));

		// then: a closed case is read-only, until it is reopened for a reason (back in progress: it had a project)
		municipality.post("/api/casework/cases/" + caseId + "/notes", "{\"text\": \"One more\", \"visibility\": \"ALL\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("case.readOnly"));
		caseVersion = number(agency.get("/api/casework/cases/" + caseId), "$.version");
		municipality.post("/api/casework/cases/" + caseId + "/reopening",
				"{\"version\": %d, \"reason\": \"A new eviction notice\"}".formatted(caseVersion))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"))
			.andExpect(jsonPath("$.statusHistory[3].transition").value("REOPEN"))
			.andExpect(jsonPath("$.statusHistory[3].reason").value("A new eviction notice"));
		assertThat(events.ofType(CaseReopened.class).matching(event -> event.caseId().equals(id)))
			.singleElement()
			.satisfies(event -> assertThat(event.reopenedFrom()).isEqualTo(CaseStatus.CLOSED));

		// and every read and write of the case was reported to the audit trail, by id only
		verify(audit).record(AuditAction.CREATE, "casework.case", caseId);
		verify(audit, atLeastOnce()).record(AuditAction.UPDATE, "casework.case", caseId);
		verify(audit, atLeastOnce()).record(AuditAction.READ, "casework.case", caseId);
		verify(audit, never()).record(any(), any(), contains("Alberetti"));
		verify(audit, never()).record(any(), any(), contains(code));
	}

	@Test
	void invalidTransitionIsAConflictWithAStableCode() throws Exception {
		String caseId = fileSingleAdult("Corsetti");

		agency.post("/api/casework/cases/" + caseId + "/closure", "{\"version\": 0, \"outcome\": \"GOALS_REACHED\"}")
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("case.transition.invalid"))
			.andExpect(jsonPath("$.from").value("REQUESTED"))
			.andExpect(jsonPath("$.to").value("CLOSED"));
		agency.post("/api/casework/cases/" + caseId + "/reopening", "{\"version\": 0, \"reason\": \"Why not\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("case.transition.invalid"))
			.andExpect(jsonPath("$.transition").value("REOPEN"));
	}

	@Test
	void householdWithdrawingAfterTriageClosesTheCaseWhichReopensAsTriaged() throws Exception {
		String caseId = fileSingleAdult("Ventura");
		agency.post("/api/casework/cases/" + caseId + "/triage", "{\"version\": 0, \"grade\": 2, \"checklist\": "
				+ TriageChecklists.answered("{\"monthlyRent\": 700, \"monthlyHouseholdIncome\": 1200}") + "}")
			.andExpect(jsonPath("$.status").value("TRIAGED"));

		municipality.post("/api/casework/cases/" + caseId + "/closure",
				"{\"version\": 1, \"outcome\": \"WITHDRAWN\", \"reason\": \"Moved in with relatives\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"));
		municipality.post("/api/casework/cases/" + caseId + "/reopening",
				"{\"version\": 2, \"reason\": \"The relatives can no longer host him\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("TRIAGED"));
	}

	@Test
	void onlyAgencyOperatorsTriageAndOverridingTheProposalNeedsAReason() throws Exception {
		String caseId = fileSingleAdult("Ferrante");
		String body = "{\"version\": 0, \"grade\": 4, \"checklist\": " + TriageChecklists.answered() + "}";

		municipality.post("/api/casework/cases/" + caseId + "/triage", body)
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		agency.post("/api/casework/cases/" + caseId + "/triage", body)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("overrideReason"))
			.andExpect(jsonPath("$.errors[0].code").value("gradeDecision.overrideReason.required"));
		agency.post("/api/casework/cases/" + caseId + "/triage",
				"{\"version\": 0, \"grade\": 4, \"overrideReason\": \"Violence disclosed at the interview\", \"checklist\": "
						+ TriageChecklists.answered() + "}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.grade").value(4))
			.andExpect(jsonPath("$.gradeHistory[0].proposedGrade").value(1))
			.andExpect(jsonPath("$.gradeHistory[0].overrideReason").value("Violence disclosed at the interview"));
	}

	@Test
	void aTriageNeedsAnAnswerToEveryQuestionWhileAProposalTakesWhatIsAnswered() throws Exception {
		String caseId = fileSingleAdult("Risposte");
		String partial = "{\"arrears\": [\"RENT\"], \"socialNetwork\": \"WEAK\"}";

		// the defect: unanswered questions were taken as "adequate network, stable work, nothing else"
		agency.post("/api/casework/cases/" + caseId + "/triage", "{\"version\": 0, \"grade\": 3, \"checklist\": " + partial + "}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(8))
			.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("checklist.work",
					"checklist.evictionInProgress", "checklist.violence", "checklist.noPlaceToLive")))
			.andExpect(jsonPath("$.errors[0].code").value("triage.answer.required"));
		agency.post("/api/casework/cases/" + caseId + "/grade-proposal", partial)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.grade").value(3));
		agency.get("/api/casework/cases/" + caseId).andExpect(jsonPath("$.status").value("REQUESTED"));
	}

	@Test
	void agencyFilesOnACitizensBehalf(AssertablePublishedEvents events) throws Exception {
		String code = InventedFiscalCodes.fiscalCode("BRN", "MRC", LocalDate.of(1975, 1, 20), false);
		String caseId = string(agency.post("/api/casework/cases", InventedPeople.singleAdult("Bernasconi", code))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.filedBy").value("AGENCY"))
			.andExpect(jsonPath("$.composition").value("SINGLE_ADULT")), "$.id");

		assertThat(events.ofType(ActivationRequested.class)
			.matching(event -> event.caseId().value().toString().equals(caseId))).singleElement()
			.satisfies(event -> assertThat(event.facts().filedBy()).isEqualTo(FilingOrganisation.AGENCY));
	}

	private String fileSingleAdult(String familyName) throws Exception {
		String code = InventedFiscalCodes.fiscalCode("CRS", "MRC", LocalDate.of(1975, 1, 20), false);
		return string(municipality.post("/api/casework/cases", InventedPeople.singleAdult(familyName, code))
			.andExpect(status().isCreated()), "$.id");
	}
}
