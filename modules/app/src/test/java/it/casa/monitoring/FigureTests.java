package it.casa.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.DocumentContext;

import it.casa.ApiClient;
import it.casa.CasaTestUsers;
import it.casa.TriageChecklists;
import it.casa.casework.CaseId;
import it.casa.casework.CaseService;
import it.casa.casework.Consent;
import it.casa.casework.ConsentScope;
import it.casa.casework.HouseholdDetails;
import it.casa.casework.HousingSituation;
import it.casa.casework.MemberDetails;
import it.casa.casework.NewActivationRequest;
import it.casa.casework.ReportedHousingSituation;
import it.casa.platform.BackgroundWork;
import it.casa.platform.CurrentUser;
import it.casa.platform.Relationship;
import it.casa.platform.Role;
import it.casa.platform.Sex;
import it.casa.platform.TenantId;
import it.casa.platform.module.DistrictClock;
import it.casa.platform.tenancy.RequestTenantResolver;

/**
 * The dashboard's own figures (status, grade, times to triage and closure, households in care) follow what happens
 * to the cases, through case work's events: requests received more than a year ago (filed with the day they were
 * received, as for paper requests), then triaged, closed or left waiting today through the API.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FigureTests {

	static final ZoneId DISTRICT = DistrictClock.ZONE;

	/** No other test files requests this long ago, so the period holds only this test's cases. */
	static final LocalDate RECEIVED = LocalDate.now(DISTRICT).minusDays(400);

	@Autowired
	MockMvc mvc;

	@Autowired
	BackgroundWork work;

	@Autowired
	CaseService cases;

	@Test
	void statusGradeTimesAndHouseholdsInCareFollowTheCases() throws Exception {
		// given: in Dresano, three requests of the period and one from a month before it, still open
		CaseId closed = file("dresano", RECEIVED, "Anzaghi");
		CaseId triaged = file("dresano", RECEIVED.plusDays(2), "Brusadelli");
		file("dresano", RECEIVED.plusDays(3), "Cattaneo");
		file("dresano", RECEIVED.minusDays(30), "Dossena");
		// and one in Colturano, received the same day
		file("colturano", RECEIVED, "Esposti");

		// when: the agency triages two today and the municipality closes one of them (the household withdrew)
		LocalDate today = LocalDate.now(DISTRICT);
		post("dresano", CasaTestUsers.agencyOperator(), closed, "triage",
				"{\"version\": 0, \"grade\": 2, \"overrideReason\": \"Arrears on the rent\", \"checklist\": "
						+ TriageChecklists.answered() + "}");
		post("dresano", CasaTestUsers.agencyOperator(), triaged, "triage",
				"{\"version\": 0, \"grade\": 4, \"overrideReason\": \"Violence disclosed\", \"checklist\": "
						+ TriageChecklists.answered() + "}");
		post(null, CasaTestUsers.municipalOperator("dresano"), closed, "closure",
				"{\"version\": 1, \"outcome\": \"WITHDRAWN\", \"reason\": \"Moved in with relatives\"}");

		// then: Dresano's figures of the period say so, once the events have arrived
		MonitoringFigures figures = new MonitoringFigures(new ApiClient(mvc));
		String period = "from=" + RECEIVED.minusDays(5) + "&to=" + RECEIVED.plusDays(5);
		long days = ChronoUnit.DAYS.between(RECEIVED, today);
		Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
			DocumentContext dresano = figures.read(CasaTestUsers.agencyOperator(), period + "&municipality=dresano");
			assertThat(dresano.read("$.requests.total", Long.class)).isEqualTo(3);
			assertThat(counts(dresano, "$.requests.byStatus[*]", "category")).containsEntry("REQUESTED", 1L)
				.containsEntry("TRIAGED", 1L)
				.containsEntry("CLOSED", 1L)
				.containsEntry("IN_PROGRESS", 0L);
			assertThat(counts(dresano, "$.requests.byGrade[*]", "grade")).containsExactly(Map.entry("0", 1L),
					Map.entry("1", 0L), Map.entry("2", 1L), Map.entry("3", 0L), Map.entry("4", 1L));
			assertThat(dresano.read("$.requests.timeToTriage.cases", Long.class)).isEqualTo(2);
			// triaged today: one received `days` ago, the other two days later
			assertThat(dresano.read("$.requests.timeToTriage.medianDays", Double.class)).isEqualTo(days - 1.0);
			assertThat(dresano.read("$.requests.timeToClosure.cases", Long.class)).isEqualTo(1);
			assertThat(dresano.read("$.requests.timeToClosure.medianDays", Double.class)).isEqualTo((double) days);
			// households in care: the three of the period and the one from before it, still open
			assertThat(dresano.read("$.households.total", Long.class)).isEqualTo(4);
			assertThat(dresano.read("$.households.fromEarlierPeriods", Long.class)).isEqualTo(1);
		});

		DocumentContext district = figures.read(CasaTestUsers.agencyOperator(), period);
		assertThat(counts(district, "$.requests.byMunicipality[?(@.count > 0)]", "municipality"))
			.containsExactly(Map.entry("dresano", 3L), Map.entry("colturano", 1L));
		// grade 4 and not triaged yet: Dresano's emergency and its waiting request, and Colturano's waiting one
		assertThat(figures.read(CasaTestUsers.agencyOperator(), period + "&grade=4&grade=0")
			.read("$.requests.total", Long.class)).isEqualTo(3);
		assertThat(figures.read(CasaTestUsers.agencyOperator(), period + "&grade=4&grade=0&municipality=dresano")
			.read("$.requests.total", Long.class)).isEqualTo(2);
		assertThat(figures.read(CasaTestUsers.municipalOperator("colturano"), period)
			.read("$.requests.total", Long.class)).isEqualTo(1);
	}

	/** A single adult's request received on {@code receivedOn}, filed by the municipality's operator. */
	private CaseId file(String municipality, LocalDate receivedOn, String familyName) {
		CurrentUser operator = new CurrentUser("test.comune." + municipality, "Operatore di prova",
				Set.of(Role.MUNICIPAL_OPERATOR), TenantId.of(municipality), null);
		HouseholdDetails household = new HouseholdDetails(List.of(new MemberDetails("Carla", familyName,
				Relationship.REFERENCE_PERSON, receivedOn.minusYears(41), Sex.FEMALE, null, null, null, null, false)),
				List.of(), List.of());
		NewActivationRequest request = new NewActivationRequest(null, household,
				ReportedHousingSituation.of(HousingSituation.RENT_NOT_SUSTAINABLE), null,
				new Consent(receivedOn, Set.of(ConsentScope.CASE_WORK)));
		return work.callAs(TenantId.of(municipality), operator, () -> cases.fileReceivedOn(request, receivedOn).id());
	}

	/** A case work action through the API, as {@code user}, inside {@code municipality} when given. */
	private void post(@Nullable String municipality, RequestPostProcessor user, CaseId id, String action, String body)
			throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post("/api/casework/cases/" + id.value() + "/" + action)
			.with(user)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
		if (municipality != null) {
			request.header(RequestTenantResolver.TENANT_HEADER, municipality);
		}
		int status = mvc.perform(request).andReturn().getResponse().getStatus();
		assertThat(status).as(action + " answered").isEqualTo(200);
	}

	private static Map<String, Long> counts(DocumentContext figures, String path, String key) {
		List<Map<String, Object>> rows = figures.read(path);
		Map<String, Long> counts = new LinkedHashMap<>();
		rows.forEach(row -> counts.put(String.valueOf(row.get(key)), ((Number) row.get("count")).longValue()));
		return counts;
	}
}
