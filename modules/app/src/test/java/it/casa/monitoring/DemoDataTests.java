package it.casa.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.DocumentContext;

import it.casa.ApiClient;
import it.casa.CasaTestUsers;

/** With the demo profile, the dashboard shows the agency's published "Fotografia" (press kit), table by table. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class DemoDataTests {

	@Autowired
	MockMvc mvc;

	DocumentContext figures;

	@BeforeEach
	void loaded() {
		figures = new MonitoringFigures(new ApiClient(mvc)).awaitTotals(MonitoringFigures.PRESS_KIT, 44, 21);
	}

	@Test
	void activationRequestsByMunicipalityAreThePressKits() {
		assertThat(counts("$.requests.byMunicipality[?(@.count > 0)]", "municipality")).containsExactly(
				Map.entry("san-giuliano-milanese", 19L), Map.entry("melegnano", 9L), Map.entry("dresano", 4L),
				Map.entry("san-donato-milanese", 4L), Map.entry("colturano", 3L), Map.entry("vizzolo-predabissi", 3L),
				Map.entry("cerro-al-lambro", 1L), Map.entry("san-zenone-al-lambro", 1L));
		assertThat(figures.read("$.requests.total", Long.class)).isEqualTo(44);
	}

	@Test
	void housingSituationsAreThePressKits() {
		assertThat(counts("$.requests.byHousingSituation[*]", "category")).containsExactly(
				Map.entry("LEASE_NOT_RENEWED", 14L), Map.entry("EVICTION_IN_PROGRESS", 10L),
				Map.entry("STABLE_BUT_PROVISIONAL", 6L), Map.entry("END_OF_TEMPORARY_RECEPTION", 5L),
				Map.entry("RENT_NOT_SUSTAINABLE", 3L), Map.entry("LEAVING_FOR_OTHER_REASONS", 6L), Map.entry("OTHER", 0L));
	}

	@Test
	void householdCompositionsAreThePressKitsAsPublishedFortyEightForFortyFourRequests() {
		assertThat(counts("$.households.byComposition[*]", "category")).containsExactly(
				Map.entry("PARENTAL_COUPLE_WITH_MINOR_CHILDREN", 21L), Map.entry("SINGLE_MOTHER_WITH_MINOR_CHILDREN", 12L),
				Map.entry("SINGLE_ADULT", 12L), Map.entry("MOTHER_WITH_NEWLY_ADULT_CHILD", 1L),
				Map.entry("ADULT_WITH_ADULT_OVER_65", 1L),
				Map.entry("PARENTAL_COUPLE_WITH_MINOR_CHILDREN_AND_ADULT_OVER_65", 1L), Map.entry("OTHER", 0L));
		assertThat(figures.read("$.households.total", Long.class)).isEqualTo(48);
		assertThat(figures.read("$.households.fromEarlierPeriods", Long.class)).isEqualTo(4);
	}

	@Test
	void interviewsOfAprilAreThePressKits() {
		assertThat(figures.read("$.interviews.total", Long.class)).isEqualTo(9);
	}

	@Test
	void emergencyReportingEntitiesOf2024AreThePressKits() {
		List<Map<String, Object>> rows = figures.read("$.emergencies.byReportingEntity[*]");
		Map<String, Long> counts = new LinkedHashMap<>();
		rows.forEach(row -> counts.put(row.get("kind") + " " + row.get("name"), ((Number) row.get("count")).longValue()));
		assertThat(counts).containsExactly(Map.entry("MUNICIPALITY San Giuliano Milanese", 15L),
				Map.entry("MUNICIPALITY Carpiano", 1L), Map.entry("MUNICIPALITY San Donato", 1L),
				Map.entry("MUNICIPALITY San Zenone al Lambro", 1L), Map.entry("CARABINIERI Melegnano", 1L),
				Map.entry("CARABINIERI Opera", 1L), Map.entry("NOT_RECORDED null", 1L));
		assertThat(figures.read("$.emergencies.total", Long.class)).isEqualTo(21);
	}

	@Test
	void emergencyProblemsOf2024AreThePressKitsAsPublishedEighteenOfTwentyOne() {
		assertThat(counts("$.emergencies.byProblem[*]", "category")).containsExactly(Map.entry("HOUSE_FIRE", 3L),
				Map.entry("EXECUTIVE_EVICTION", 3L), Map.entry("SENT_AWAY_BY_HOST", 1L), Map.entry("FLOODING", 1L),
				Map.entry("WATER_CUT_OFF_FOR_ARREARS", 2L), Map.entry("NO_DWELLING", 2L),
				Map.entry("UNACCOMPANIED_FOREIGN_MINORS", 6L), Map.entry("OTHER", 3L));
	}

	private Map<String, Long> counts(String path, String key) {
		List<Map<String, Object>> rows = figures.read(path);
		Map<String, Long> counts = new LinkedHashMap<>();
		rows.forEach(row -> counts.put(String.valueOf(row.get(key)), ((Number) row.get("count")).longValue()));
		return counts;
	}
}
