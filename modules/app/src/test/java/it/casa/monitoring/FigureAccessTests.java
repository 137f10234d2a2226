package it.casa.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import it.casa.ApiClient;
import it.casa.CasaTestUsers;
import it.casa.platform.TenantDirectory;

/**
 * Who sees which figures: agency staff the district and any municipality; a municipal operator only their own,
 * whatever the request names; other roles none. On the demo data, where every municipality has requests or
 * emergencies to leak.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class FigureAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TenantDirectory tenants;

	ApiClient api;

	MonitoringFigures figures;

	DocumentContext district;

	@BeforeEach
	void loaded() {
		api = new ApiClient(mvc);
		figures = new MonitoringFigures(api);
		district = figures.awaitTotals(MonitoringFigures.PRESS_KIT, 44, 21);
	}

	@Test
	void municipalOperatorsFiguresNeverIncludeAnotherMunicipality() throws Exception {
		long requests = 0;
		long emergencies = 0;
		for (var municipality : tenants.activeMunicipalities()) {
			String id = municipality.id().value();
			DocumentContext own = figures.read(CasaTestUsers.municipalOperator(id), MonitoringFigures.PRESS_KIT);
			assertThat(own.read("$.municipality.id", String.class)).isEqualTo(id);
			assertThat(own.read("$.municipalities[*].id", List.class)).containsExactly(id);
			assertThat(own.read("$.requests.byMunicipality[*].municipality", List.class)).containsOnly(id);
			assertThat(own.read("$.requests.monthly[*].municipality", List.class)).isSubsetOf(id);
			assertThat(own.read("$.requests.durationsByMunicipality[*].municipality", List.class)).containsExactly(id);
			long ownRequests = own.read("$.requests.total", Long.class);
			assertThat(ownRequests).isEqualTo(district
				.read("$.requests.byMunicipality[?(@.municipality == '" + id + "')].count", List.class)
				.stream()
				.mapToLong(count -> ((Number) count).longValue())
				.sum());
			requests += ownRequests;
			emergencies += own.read("$.emergencies.total", Long.class);
		}
		// Each municipality's own figures add up to the district's: nothing counted twice, nothing left out.
		assertThat(requests).isEqualTo(44);
		assertThat(emergencies).isEqualTo(21);
	}

	@Test
	void municipalOperatorSeesTheirOwnRequestsHouseholdsAndEmergencies() throws Exception {
		DocumentContext melegnano = figures.read(CasaTestUsers.municipalOperator("melegnano"), MonitoringFigures.PRESS_KIT);
		assertThat(melegnano.read("$.requests.total", Long.class)).isEqualTo(9);
		// Nine requests of the period and one from March still in care.
		assertThat(melegnano.read("$.households.total", Long.class)).isEqualTo(10);
		List<Map<String, Object>> entities = melegnano.read("$.emergencies.byReportingEntity[*]");
		assertThat(entities).singleElement().satisfies(entity -> {
			assertThat(entity).containsEntry("kind", "CARABINIERI").containsEntry("name", "Melegnano");
		});
	}

	@Test
	void municipalOperatorNamingAnotherMunicipalityFindsNothing() throws Exception {
		MockHttpServletResponse named = api.as(CasaTestUsers.municipalOperator("melegnano"), null)
				.download("/api/monitoring/figures?" + MonitoringFigures.PRESS_KIT + "&municipality=san-giuliano-milanese");
		assertThat(named.getStatus()).isEqualTo(404);
		assertThat(named.getContentAsString()).doesNotContain("19");
		MockHttpServletResponse header = api.as(CasaTestUsers.municipalOperator("melegnano"), "san-giuliano-milanese")
				.download("/api/monitoring/figures?" + MonitoringFigures.PRESS_KIT);
		assertThat(header.getStatus()).isEqualTo(404);
		MockHttpServletResponse export = api.as(CasaTestUsers.municipalOperator("melegnano"), null)
				.download("/api/monitoring/figures.csv?" + MonitoringFigures.PRESS_KIT + "&municipality=san-giuliano-milanese");
		assertThat(export.getStatus()).isEqualTo(404);
	}

	@Test
	void municipalOperatorsExportsHoldOnlyTheirMunicipality() throws Exception {
		MockHttpServletResponse csv = api.as(CasaTestUsers.municipalOperator("melegnano"), null)
				.download("/api/monitoring/figures.csv?" + MonitoringFigures.PRESS_KIT);
		assertThat(csv.getStatus()).isEqualTo(200);
		List<List<String>> rows = ExportTests.csv(csv.getContentAsByteArray());
		assertThat(rows.stream().filter(row -> row.get(0).equals("requestsByMunicipality")).map(row -> row.get(1)))
			.containsExactly("melegnano", "total");
		assertThat(rows.stream().map(row -> row.get(2))).noneMatch(label -> label.contains("San Giuliano"));
		MockHttpServletResponse pdf = api.as(CasaTestUsers.municipalOperator("melegnano"), null)
				.download("/api/monitoring/fotografia.pdf?" + MonitoringFigures.PRESS_KIT);
		String text = ExportTests.text(pdf.getContentAsByteArray());
		assertThat(text).contains("Comune di Melegnano", "Melegnano 9")
			.doesNotContain("San Giuliano Milanese 19", "Comune di San Giuliano", "Opera", "Dresano");
	}

	@Test
	void agencyStaffSeeAnyMunicipalityByNameOrByTheOneTheyWorkIn() throws Exception {
		assertThat(figures.read(CasaTestUsers.agencyOperator(), MonitoringFigures.PRESS_KIT + "&municipality=dresano")
			.read("$.requests.total", Long.class)).isEqualTo(4);
		MockHttpServletResponse inDresano = api.as(CasaTestUsers.agencyOperator(), "dresano")
				.download("/api/monitoring/figures?" + MonitoringFigures.PRESS_KIT);
		assertThat(JsonPath.parse(inDresano.getContentAsString()).read("$.requests.total", Long.class)).isEqualTo(4);
		assertThat(figures.read(CasaTestUsers.agencyAdmin(), MonitoringFigures.PRESS_KIT).read("$.requests.total",
				Long.class)).isEqualTo(44);
		assertThat(api.as(CasaTestUsers.agencyOperator(), null)
				.download("/api/monitoring/figures?" + MonitoringFigures.PRESS_KIT + "&municipality=atlantide")
				.getStatus()).isEqualTo(404);
	}

	@Test
	void rolesWithoutFiguresAreRefused() throws Exception {
		assertThat(api.as(CasaTestUsers.autonomyTeamOperator(), null)
				.download("/api/monitoring/figures?" + MonitoringFigures.PRESS_KIT)
			.getStatus()).isEqualTo(403);
		assertThat(api.as(CasaTestUsers.partnerAgency(), null)
				.download("/api/monitoring/figures.csv?" + MonitoringFigures.PRESS_KIT)
			.getStatus()).isEqualTo(403);
		assertThat(api.as(CasaTestUsers.noRole(), null)
				.download("/api/monitoring/fotografia.pdf?" + MonitoringFigures.PRESS_KIT).getStatus())
			.isEqualTo(403);
	}

	@Test
	void gradeFilterKeepsOnlyThoseGrades() throws Exception {
		// The demo's requests are not triaged yet: "not triaged" keeps them all, grade 3 none.
		assertThat(figures.read(CasaTestUsers.agencyOperator(), MonitoringFigures.PRESS_KIT + "&grade=0")
			.read("$.requests.total", Long.class)).isEqualTo(44);
		DocumentContext grade3 = figures.read(CasaTestUsers.agencyOperator(), MonitoringFigures.PRESS_KIT + "&grade=3");
		assertThat(grade3.read("$.requests.total", Long.class)).isZero();
		assertThat(grade3.read("$.interviews.total", Long.class)).isZero();
		assertThat(grade3.read("$.emergencies.total", Long.class)).isEqualTo(21);
	}

	@Test
	void aPeriodEndingBeforeItStartsIsABadRequest() throws Exception {
		MockHttpServletResponse response = api.as(CasaTestUsers.agencyOperator(), null)
				.download("/api/monitoring/figures?from=2025-05-31&to=2025-04-01");
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("period.reversed");
		// each bad filter is named as the client sent it
		MockHttpServletResponse badDate = api.as(CasaTestUsers.agencyOperator(), null)
				.download("/api/monitoring/figures?from=yesterday");
		assertThat(badDate.getStatus()).isEqualTo(400);
		assertThat(badDate.getContentAsString()).contains("\"field\":\"from\"");
		MockHttpServletResponse badGrade = api.as(CasaTestUsers.agencyOperator(), null)
				.download("/api/monitoring/figures.csv?grade=7");
		assertThat(badGrade.getStatus()).isEqualTo(400);
		assertThat(badGrade.getContentAsString()).contains("\"field\":\"grade[0]\"");
		MockHttpServletResponse badMunicipality = api.as(CasaTestUsers.agencyOperator(), null)
				.download("/api/monitoring/fotografia?municipality=Not_An_Id");
		assertThat(badMunicipality.getStatus()).isEqualTo(400);
		assertThat(badMunicipality.getContentAsString()).contains("\"field\":\"municipality\"", "request.invalid");
	}
}
