package it.casa.emergency;

import static it.casa.emergency.InventedEmergencies.minimalIntake;
import static it.casa.emergency.InventedEmergencies.motherAndSon;
import static it.casa.ApiClient.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import it.casa.ApiClient;
import it.casa.CasaTestUsers;
import it.casa.InventedFiscalCodes;
import it.casa.casework.CaseOrigin;
import it.casa.casework.CaseReferrals;
import it.casa.casework.CaseView;
import it.casa.casework.Consent;
import it.casa.casework.ConsentScope;
import it.casa.casework.Grade;
import it.casa.casework.HouseholdDetails;
import it.casa.casework.HousingSituation;
import it.casa.casework.MemberDetails;
import it.casa.casework.ReferredCase;
import it.casa.casework.ReportedHousingSituation;
import it.casa.casework.StaffOrganisation;
import it.casa.casework.TriageChecklist;
import it.casa.casework.Wording;
import it.casa.platform.Relationship;
import it.casa.platform.Sex;
import it.casa.platform.StaffRef;
import it.casa.platform.TenantContext;
import it.casa.platform.TenantId;
import it.casa.platform.database.ConnectionSettings;

/**
 * Closing an emergency with a hand-over opens a grade-4 case for the household, through an event carrying ids only:
 * in the emergency's municipality, with the household's data, and nowhere else.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
class EmergencyHandOverTests {

	static final String MELEGNANO = "melegnano";

	@Autowired
	MockMvc mvc;

	@Autowired
	ConnectionSettings owner;

	@Autowired
	CaseReferrals referrals;

	ApiClient client;

	ApiClient.As municipality;

	ApiClient.As agency;

	@BeforeEach
	void users() {
		client = new ApiClient(mvc);
		municipality = client.as(CasaTestUsers.municipalOperator(MELEGNANO), null);
		agency = client.as(CasaTestUsers.agencyOperator(), MELEGNANO);
	}

	@Test
	void handOverOpensAGradeFourCaseWithTheHouseholdInTheSameMunicipalityAndNowhereElse(Scenario scenario)
			throws Exception {
		// given: a mother and her son whose home burned, placed in a hotel, their data completed after the call
		String familyName = "Fiammetti";
		String motherCode = InventedFiscalCodes.mother("FMM");
		String id = municipality.create("/api/emergency/emergencies", """
				{"reportingEntity": {"kind": "FIRE_BRIGADE"}, "problem": {"type": "HOUSE_FIRE"},
				 "place": "Via dei Tigli 1", "people": {"count": 2, "minors": 1}}""");
		municipality.post("/api/emergency/emergencies/" + id + "/measures",
				"{\"version\": 0, \"kind\": \"HOTEL\", \"until\": \"%s\"}".formatted(LocalDate.now().plusDays(3)))
			.andExpect(status().isOk());
		municipality.put("/api/emergency/emergencies/" + id + "/people", motherAndSon(1, familyName, motherCode))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.handOverMissing.length()").value(0));

		// when: the agency closes it with the hand-over, the household having consented to case work
		scenario.stimulate(transactions -> close(id, 2))
			// then: case work opens the case in Melegnano, found from the emergency
			.andWaitForStateChange(() -> caseOf(id, MELEGNANO), found -> found != null)
			.andVerify(found -> {
				assertThat(found).isNotNull();
			});
		ResultActions opened = agency.get("/api/casework/cases/origin/emergency/" + id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.municipality").value(MELEGNANO))
			.andExpect(jsonPath("$.grade").value(4))
			.andExpect(jsonPath("$.status").value("TRIAGED"))
			.andExpect(jsonPath("$.origin.module").value("emergency"))
			.andExpect(jsonPath("$.origin.reference").value(id))
			.andExpect(jsonPath("$.statusHistory[0].transition").value("TRIAGE"))
			// what CASA wrote is a code each reader reads in their language, not an Italian sentence (docs/adr/0021)
			.andExpect(jsonPath("$.statusHistory[0].reason").doesNotExist())
			.andExpect(jsonPath("$.statusHistory[0].reasonWording.code").value("referral.emergency.triage"))
			.andExpect(jsonPath("$.urgencyFacts").doesNotExist())
			.andExpect(jsonPath("$.urgencyFactsWording.code").value("referral.emergency.urgency"))
			.andExpect(jsonPath("$.urgencyFactsWording.parameters.problem").value("HOUSE_FIRE"))
			.andExpect(jsonPath("$.urgencyFactsWording.parameters.minors").value("1"))
			.andExpect(jsonPath("$.housingSituationWording.parameters.problem").value("HOUSE_FIRE"))
			.andExpect(jsonPath("$.gradeHistory[0].proposedGrade").value(4))
			// the grade is the hand-over rule's, not the operator's who handed over; they become the assignee
			.andExpect(jsonPath("$.gradeHistory[0].decidedBy.userId").value("casa"))
			.andExpect(jsonPath("$.gradeHistory[0].decidedBy.displayName").value("CASA"))
			.andExpect(jsonPath("$.statusHistory[0].by.userId").value("casa"))
			.andExpect(jsonPath("$.assignee.userId").value("agenzia.operatrice"))
			.andExpect(jsonPath("$.filedBy").value("AGENCY"))
			.andExpect(jsonPath("$.filedByUser.userId").value("agenzia.operatrice"))
			.andExpect(jsonPath("$.composition").value("SINGLE_MOTHER_WITH_MINOR_CHILDREN"));
		String householdId = string(opened, "$.householdId");
		// the note for whoever follows the case is the case's first note, by the operator who wrote it
		agency.get("/api/casework/cases/" + string(opened, "$.id") + "/notes")
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].text").value("Follow the family's move to grade 3"))
			.andExpect(jsonPath("$.content[0].author.userId").value("agenzia.operatrice"))
			.andExpect(jsonPath("$.content[0].visibility").value("ALL"));
		agency.get("/api/casework/households/" + householdId + "/consent")
			.andExpect(jsonPath("$.scopes[0].scope").value("CASE_WORK"))
			.andExpect(jsonPath("$.scopes[0].status").value("IN_FORCE"))
			.andExpect(jsonPath("$.history[0].caseId").value(string(opened, "$.id")));
		agency.get("/api/casework/households/" + householdId)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.members[0].familyName").value(familyName))
			.andExpect(jsonPath("$.members[0].fiscalCode").value(motherCode))
			.andExpect(jsonPath("$.members[0].relationship").value("REFERENCE_PERSON"))
			.andExpect(jsonPath("$.members[1].givenName").value("Luca"))
			.andExpect(jsonPath("$.contacts[0].value").value("+39 000 0000000"));
		// the municipal operator who follows the emergency reaches the case from it as well
		municipality.get("/api/casework/cases/origin/emergency/" + id).andExpect(status().isOk());

		// and nowhere else: San Donato does not find it, and no other municipality's schema holds a case for it
		client.as(CasaTestUsers.agencyOperator(), "san-donato-milanese")
			.get("/api/casework/cases/origin/emergency/" + id)
			.andExpect(status().isNotFound());
		assertThat(casesWithOrigin(id)).containsExactly("tenant_melegnano");

		// and the event registry, which every municipality may read, holds no personal data of the household
		assertThat(storedEventsAbout(id)).isNotEmpty()
			.allSatisfy(event -> assertThat(event).doesNotContain(familyName, motherCode, "Giada", "Tigli", "000 0000000"));
	}

	@Test
	void aRedeliveredHandOverOpensNoSecondCaseAndNoUserCanOpenOneDirectly() throws Exception {
		String id = municipality.create("/api/emergency/emergencies", minimalIntake("MUNICIPALITY", "EXECUTIVE_EVICTION", 2));
		municipality.put("/api/emergency/emergencies/" + id + "/people", motherAndSon(0, "Sfrattati", InventedFiscalCodes.mother("SFR")))
			.andExpect(status().isOk());
		municipality.post("/api/emergency/emergencies/" + id + "/closure",
				"{\"version\": 1, \"handOver\": true, \"consentGivenOn\": \"%s\"}".formatted(LocalDate.now()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.closure.handedOver").value(true));
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> caseOf(id, MELEGNANO) != null);
		String caseId = caseOf(id, MELEGNANO);

		// the listener's work, again, as after a redelivery: the same case comes back
		CaseView again = TenantContext.callAs(TenantId.of(MELEGNANO), () -> referrals.openReferred(
				sameOrigin(id)));
		assertThat(again.id().toString()).isEqualTo(caseId);
		assertThat(casesWithOrigin(id)).hasSize(1);

		// a user's request cannot open a case this way, whatever their role
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("someone", "x", "ROLE_AGENCY_OPERATOR"));
		try {
			assertThatThrownBy(() -> TenantContext.callAs(TenantId.of(MELEGNANO), () -> referrals.openReferred(
					sameOrigin(id)))).isInstanceOf(AccessDeniedException.class);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void handOverOfAnIncompleteHouseholdIsRefusedWithWhatIsMissing() throws Exception {
		String id = municipality.create("/api/emergency/emergencies", minimalIntake("CARABINIERI", "SENT_AWAY_BY_HOST", 1));

		municipality.post("/api/emergency/emergencies/" + id + "/closure",
				"{\"version\": 0, \"handOver\": true, \"consentGivenOn\": \"%s\"}".formatted(LocalDate.now()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("emergency.handOver.incomplete"))
			.andExpect(jsonPath("$.missing[0]").value("people.referencePerson.missing"))
			.andExpect(jsonPath("$.missing[1]").value("people.persons.notAllNamed"));
		municipality.get("/api/emergency/emergencies/" + id).andExpect(jsonPath("$.status").value("OPEN"));
	}

	/** A referral from the same emergency; what it says does not matter once the case exists. */
	private static ReferredCase sameOrigin(String emergencyId) {
		return new ReferredCase(CaseOrigin.emergency(UUID.fromString(emergencyId)), new StaffRef("someone", "Someone"),
				StaffOrganisation.AGENCY,
				new HouseholdDetails(List.of(new MemberDetails("Other", "Person", Relationship.REFERENCE_PERSON,
						LocalDate.of(1980, 1, 1), Sex.FEMALE, null, null, null, null, false)), List.of(), List.of()),
				ReportedHousingSituation.of(HousingSituation.LEAVING_FOR_OTHER_REASONS), null,
				new Consent(LocalDate.now(), Set.of(ConsentScope.CASE_WORK)), TriageChecklist.builder().build(),
				Grade.EMERGENCY, Wording.of("referral.emergency.triage"), null);
	}

	private ResultActions close(String id, long version) {
		try {
			return agency.post("/api/emergency/emergencies/" + id + "/closure", """
					{"version": %d, "handOver": true, "consentGivenOn": "%s", "note": "Follow the family's move to grade 3"}"""
				.formatted(version, LocalDate.now())).andExpect(status().isOk())
				.andExpect(jsonPath("$.closure.handedOver").value(true));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The id of the case opened for the emergency in a municipality, read as its agency operator; null if none yet. */
	private String caseOf(String emergencyId, String municipalityId) {
		try {
			var response = client.as(CasaTestUsers.agencyOperator(), municipalityId)
				.get("/api/casework/cases/origin/emergency/" + emergencyId)
				.andReturn()
				.getResponse();
			return response.getStatus() == 200
					? com.jayway.jsonpath.JsonPath.read(response.getContentAsString(), "$.id").toString() : null;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Every municipality schema that holds a case with this emergency as its origin, read as the database owner. */
	private List<String> casesWithOrigin(String emergencyId) throws Exception {
		List<String> schemas = new ArrayList<>();
		try (Connection connection = owner.openDedicatedConnection()) {
			List<String> municipalities = new ArrayList<>();
			try (ResultSet rows = connection.createStatement()
				.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'tenant\\_%' ORDER BY nspname")) {
				while (rows.next()) {
					municipalities.add(rows.getString(1));
				}
			}
			for (String schema : municipalities) {
				try (PreparedStatement statement = connection.prepareStatement(
						"SELECT count(*) FROM \"" + schema + "\".case_file WHERE origin_module = 'emergency' AND origin_id = ?")) {
					statement.setObject(1, UUID.fromString(emergencyId));
					try (ResultSet rows = statement.executeQuery()) {
						rows.next();
						for (int i = 0; i < rows.getInt(1); i++) {
							schemas.add(schema);
						}
					}
				}
			}
		}
		return schemas;
	}

	private List<String> storedEventsAbout(String emergencyId) throws Exception {
		List<String> events = new ArrayList<>();
		try (Connection connection = owner.openDedicatedConnection();
				PreparedStatement statement = connection
					.prepareStatement("SELECT serialized_event FROM district.event_publication WHERE serialized_event LIKE ?")) {
			statement.setString(1, "%" + emergencyId + "%");
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					events.add(rows.getString(1));
				}
			}
		}
		return events;
	}
}
