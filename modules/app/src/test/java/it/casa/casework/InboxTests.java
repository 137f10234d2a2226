package it.casa.casework;

import static it.casa.ApiClient.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionOperations;

import com.jayway.jsonpath.JsonPath;

import it.casa.ApiClient;
import it.casa.InventedFiscalCodes;
import it.casa.CasaTestUsers;
import it.casa.TriageChecklists;
import it.casa.platform.TenantContext;
import it.casa.platform.TenantId;

/**
 * The inbox: the district view for agency staff across municipalities, the same list inside one municipality, most
 * urgent first, filtered and searched. It is a read model fed by events, so tests wait for it to catch up.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
class InboxTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	ApiClient client;

	ApiClient.As agencyInDistrict;

	/** A family name no other test uses, so that each test finds only its own requests. */
	String family;

	@BeforeEach
	void setUp() {
		client = new ApiClient(mvc);
		agencyInDistrict = client.as(CasaTestUsers.agencyOperator(), null);
		family = "Quarantotti" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").toLowerCase(Locale.ROOT);
	}

	@Test
	void districtInboxPutsTheMostUrgentFirstAcrossMunicipalities(Scenario scenario) throws Exception {
		LocalDate today = LocalDate.now();
		String suffering = file("melegnano", "MRC");
		triage("melegnano", suffering, 2, "{\"arrears\": [\"RENT\"]}");
		String emergencyLater = file("san-donato-milanese", "LCA");
		triage("san-donato-milanese", emergencyLater, 4,
				"{\"violence\": true, \"evictionInProgress\": true, \"evictionDate\": \"%s\"}".formatted(today.plusDays(60)));
		String untriaged = file("melegnano", "PLA");
		String emergencySoon = file("dresano", "GNN");

		scenario.stimulate((TransactionOperations tx) -> triage("dresano", emergencySoon, 4,
				"{\"evictionInProgress\": true, \"evictionDate\": \"%s\"}".formatted(today.plusDays(3))))
			.andWaitForStateChange(() -> inboxCaseIds("q=" + family), ids -> ids.size() == 4 && gradeOf(emergencySoon) == 4)
			.andVerify(ids -> assertThat(ids).containsExactly(emergencySoon, emergencyLater, untriaged, suffering));

		agencyInDistrict.get("/api/casework/inbox?q=" + family)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(4))
			.andExpect(jsonPath("$.content[0].municipality").value("dresano"))
			.andExpect(jsonPath("$.content[0].municipalityName").value("Dresano"))
			.andExpect(jsonPath("$.content[0].evictionDate").value(today.plusDays(3).toString()))
			.andExpect(jsonPath("$.content[0].referencePerson").value(capitalised(family) + " Marco"))
			.andExpect(jsonPath("$.content[2].grade").doesNotExist());
	}

	@Test
	void agesCountFromTheRequestDateAndAPastEvictionIsFlaggedAndStaysFirst() throws Exception {
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Rome"));
		// a request received on paper on 3 April 2025 and typed in today, and one made today
		String onPaper = string(client.as(CasaTestUsers.municipalOperator("melegnano"), null)
			.post("/api/casework/cases", InventedPeople.singleAdult(capitalised(family),
					InventedFiscalCodes.fiscalCode("QRN", "PPR", LocalDate.of(1975, 1, 20), false))
				.replaceFirst("\\{", "{\"requestedOn\": \"2025-04-03\","))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.requestedOn").value("2025-04-03")), "$.id");
		String today0 = file("melegnano", "FRS");
		// both in grade 4: the paper one's eviction date has passed with the eviction still in progress, which the
		// triage rules count as imminent; the other's is tomorrow
		triage("melegnano", onPaper, 4, "{\"evictionInProgress\": true, \"evictionDate\": \"%s\"}".formatted(today.minusDays(20)));
		triage("melegnano", today0, 4, "{\"evictionInProgress\": true, \"evictionDate\": \"%s\"}".formatted(today.plusDays(1)));
		await().atMost(Duration.ofSeconds(20)).until(() -> inboxCaseIds("q=" + family + "&grade=4").size() == 2);

		long age = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2025, 4, 3), today);
		agencyInDistrict.get("/api/casework/inbox?q=" + family)
			.andExpect(jsonPath("$.content[0].caseId").value(onPaper))
			.andExpect(jsonPath("$.content[0].requestedOn").value("2025-04-03"))
			.andExpect(jsonPath("$.content[0].ageDays").value(age))
			.andExpect(jsonPath("$.content[0].evictionPast").value(true))
			.andExpect(jsonPath("$.content[1].caseId").value(today0))
			.andExpect(jsonPath("$.content[1].ageDays").value(0))
			.andExpect(jsonPath("$.content[1].evictionPast").value(false));
		// "at least 30 days old" is by the request date, and so are the orders by age
		assertThat(inboxCaseIds("q=" + family + "&minAgeDays=30")).containsExactly(onPaper);
		assertThat(inboxCaseIds("q=" + family + "&maxAgeDays=0")).containsExactly(today0);
		assertThat(inboxCaseIds("q=" + family + "&sort=NEWEST")).containsExactly(today0, onPaper);
	}

	@Test
	void municipalityInboxListsOnlyThatMunicipalitysRequests() throws Exception {
		String inMelegnano = file("melegnano", "MRC");
		String inCarpiano = file("carpiano", "MRC");
		awaitInDistrictInbox(inMelegnano, inCarpiano);

		assertThat(caseIds(client.as(CasaTestUsers.municipalOperator("melegnano"), null), "q=" + family))
			.containsExactly(inMelegnano);
		assertThat(caseIds(client.as(CasaTestUsers.agencyOperator(), "carpiano"), "q=" + family))
			.containsExactly(inCarpiano);
		assertThat(caseIds(agencyInDistrict, "q=" + family + "&municipality=carpiano")).containsExactly(inCarpiano);
	}

	@Test
	void possibleDuplicateInAnotherMunicipalityIsFlaggedToAgencyStaffOnly() throws Exception {
		String code = InventedFiscalCodes.fiscalCode("QRN", "ANN", LocalDate.of(1975, 1, 20), false);
		String inMelegnano = fileWithCode("melegnano", code);
		String inVizzolo = fileWithCode("vizzolo-predabissi", code);
		awaitInDistrictInbox(inMelegnano, inVizzolo);

		agencyInDistrict.get("/api/casework/inbox?q=" + family + "&municipality=melegnano")
			.andExpect(jsonPath("$.content[0].possibleDuplicates[0].municipality").value("vizzolo-predabissi"))
			.andExpect(jsonPath("$.content[0].possibleDuplicates[0].caseId").value(inVizzolo));
		// inside a municipality nothing is said about the other one, to anyone
		client.as(CasaTestUsers.municipalOperator("melegnano"), null)
			.get("/api/casework/inbox?q=" + family)
			.andExpect(jsonPath("$.content[0].caseId").value(inMelegnano))
			.andExpect(jsonPath("$.content[0].possibleDuplicates").doesNotExist());
		client.as(CasaTestUsers.municipalOperator("melegnano"), null)
			.get("/api/casework/cases/" + inMelegnano)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.possibleDuplicates").doesNotExist());
	}

	@Test
	void searchFindsPartsOfNamesInAnyOrderAndWithoutAccents() throws Exception {
		String code = InventedFiscalCodes.fiscalCode("DLS", "NCL", LocalDate.of(1975, 1, 20), false);
		String body = InventedPeople.singleAdult("D'Alessàndro " + family, code).replace("\"Marco\"", "\"Nicolò\"");
		String caseId = string(client.as(CasaTestUsers.municipalOperator("colturano"), null)
			.post("/api/casework/cases", body)
			.andExpect(status().isCreated()), "$.id");
		awaitInDistrictInbox(caseId);

		assertThat(caseIds(agencyInDistrict, "q=nicolo alessandr " + family.substring(0, 14))).containsExactly(caseId);
		assertThat(caseIds(agencyInDistrict, "q=NICOLÒ " + family)).containsExactly(caseId);
		assertThat(caseIds(agencyInDistrict, "q=nicoletta " + family)).isEmpty();
	}

	@Test
	void filtersByGradeStatusAssigneeAndAge() throws Exception {
		String graded = file("cerro-al-lambro", "MRC");
		triage("cerro-al-lambro", graded, 2, "{\"arrears\": [\"RENT\"]}");
		String rejected = file("cerro-al-lambro", "LCA");
		client.as(CasaTestUsers.agencyOperator(), "cerro-al-lambro")
			.post("/api/casework/cases/" + rejected + "/rejection", "{\"version\": 0, \"reason\": \"Not a housing need\"}")
			.andExpect(status().isOk());
		String untriaged = file("cerro-al-lambro", "PLA");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> caseIds(agencyInDistrict, "q=" + family + "&status=REJECTED").size() == 1
					&& caseIds(agencyInDistrict, "q=" + family + "&grade=2").size() == 1
					&& caseIds(agencyInDistrict, "q=" + family).size() == 2);

		assertThat(caseIds(agencyInDistrict, "q=" + family + "&grade=2")).containsExactly(graded);
		assertThat(caseIds(agencyInDistrict, "q=" + family + "&grade=0")).containsExactly(untriaged);
		assertThat(caseIds(agencyInDistrict, "q=" + family + "&status=REJECTED")).containsExactly(rejected);
		assertThat(caseIds(agencyInDistrict, "q=" + family + "&assignee=agenzia.operatrice")).containsExactly(graded);
		assertThat(caseIds(agencyInDistrict, "q=" + family + "&maxAgeDays=0")).containsExactlyInAnyOrder(graded, untriaged);
		assertThat(caseIds(agencyInDistrict, "q=" + family + "&minAgeDays=1")).isEmpty();
		assertThat(caseIds(agencyInDistrict, "q=" + family + "&size=1&page=1")).hasSize(1);
	}

	@Test
	void ordersTheWholeListBeforePaging() throws Exception {
		String marco = fileNamed("melegnano", "Marco", "MRC");
		String zeno = fileNamed("dresano", "Zeno", "ZNE");
		String anna = fileNamed("melegnano", "Anna", "NNA");
		awaitInDistrictInbox(marco, zeno, anna);

		assertThat(caseIds(agencyInDistrict, "q=" + family + "&sort=OLDEST")).containsExactly(marco, zeno, anna);
		assertThat(caseIds(agencyInDistrict, "q=" + family + "&sort=NEWEST")).containsExactly(anna, zeno, marco);
		assertThat(caseIds(agencyInDistrict, "q=" + family + "&sort=NAME")).containsExactly(anna, marco, zeno);
		// one request per page: each page holds the next of the whole list, not a reordering of the page
		assertThat(caseIds(agencyInDistrict, "q=" + family + "&sort=NEWEST&size=1&page=0")).containsExactly(anna);
		assertThat(caseIds(agencyInDistrict, "q=" + family + "&sort=NAME&size=1&page=2")).containsExactly(zeno);
		assertThat(caseIds(client.as(CasaTestUsers.municipalOperator("melegnano"), null),
				"q=" + family + "&sort=NAME")).containsExactly(anna, marco);
		agencyInDistrict.get("/api/casework/inbox?sort=SURNAME")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").exists());
	}

	@Test
	void onlyAgencyOperatorsSeeTheDistrictView() throws Exception {
		client.as(CasaTestUsers.autonomyTeamOperator(), null).get("/api/casework/inbox").andExpect(status().isForbidden());
		client.as(CasaTestUsers.agencyAdmin(), null).get("/api/casework/inbox").andExpect(status().isForbidden());
		// a municipal operator always works in their own municipality, so they get its inbox
		client.as(CasaTestUsers.municipalOperator("dresano"), null)
			.get("/api/casework/inbox")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].municipality").value(org.hamcrest.Matchers.everyItem(
					org.hamcrest.Matchers.is("dresano"))));
	}

	@Test
	void municipalitysDatabaseRoleSeesOnlyItsOwnRowsOfTheDistrictReadModel() throws Exception {
		awaitInDistrictInbox(file("melegnano", "MRC"), file("san-zenone-al-lambro", "MRC"));

		Integer foreign = TenantContext.callAs(TenantId.of("melegnano"), () -> jdbc.queryForObject(
				"SELECT count(*) FROM district.casework_inbox WHERE tenant_id <> 'melegnano'", Integer.class));
		Integer foreignPeople = TenantContext.callAs(TenantId.of("melegnano"), () -> jdbc.queryForObject(
				"SELECT count(*) FROM district.casework_person_index WHERE tenant_id <> 'melegnano'", Integer.class));
		Integer own = TenantContext.callAs(TenantId.of("melegnano"), () -> jdbc.queryForObject(
				"SELECT count(*) FROM district.casework_inbox WHERE tenant_id = 'melegnano'", Integer.class));
		Integer all = jdbc.queryForObject("SELECT count(DISTINCT tenant_id) FROM district.casework_inbox", Integer.class);

		assertThat(foreign).isZero();
		assertThat(foreignPeople).isZero();
		assertThat(own).isPositive();
		assertThat(all).isGreaterThan(1);
	}

	private String file(String municipality, String givenNameLetters) throws Exception {
		return fileWithCode(municipality, InventedFiscalCodes.fiscalCode("QRN", givenNameLetters, LocalDate.of(1975, 1, 20), false));
	}

	private String fileWithCode(String municipality, String code) throws Exception {
		return string(client.as(CasaTestUsers.municipalOperator(municipality), null)
			.post("/api/casework/cases", InventedPeople.singleAdult(capitalised(family), code))
			.andExpect(status().isCreated()), "$.id");
	}

	private String fileNamed(String municipality, String givenName, String givenNameLetters) throws Exception {
		String code = InventedFiscalCodes.fiscalCode("QRN", givenNameLetters, LocalDate.of(1975, 1, 20), false);
		return string(client.as(CasaTestUsers.municipalOperator(municipality), null)
			.post("/api/casework/cases",
					InventedPeople.singleAdult(capitalised(family), code).replace("\"Marco\"", "\"" + givenName + "\""))
			.andExpect(status().isCreated()), "$.id");
	}

	private String triage(String municipality, String caseId, int grade, String checklist) {
		try {
			return string(client.as(CasaTestUsers.agencyOperator(), municipality)
				.post("/api/casework/cases/" + caseId + "/triage",
						"{\"version\": 0, \"grade\": %d, \"checklist\": %s}".formatted(grade, TriageChecklists.answered(checklist)))
				.andExpect(status().isOk()), "$.id");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void awaitInDistrictInbox(String... caseIds) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> caseIds(agencyInDistrict, "q=" + family).containsAll(List.of(caseIds)));
	}

	private List<String> inboxCaseIds(String query) {
		return caseIds(agencyInDistrict, query);
	}

	private int gradeOf(String caseId) {
		try {
			List<Integer> grades = JsonPath.read(agencyInDistrict.get("/api/casework/inbox?q=" + family)
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.content[?(@.caseId == '" + caseId + "')].grade");
			return grades.isEmpty() || grades.get(0) == null ? 0 : grades.get(0);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> caseIds(ApiClient.As user, String query) {
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

	private static String capitalised(String name) {
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}
}
