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
		figures = new MonitoringClient(mvc).awaitRequests(MonitoringClient.PRESS_KIT, 44);
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

	private Map<String, Long> counts(String path, String key) {
		List<Map<String, Object>> rows = figures.read(path);
		Map<String, Long> counts = new LinkedHashMap<>();
		rows.forEach(row -> counts.put(String.valueOf(row.get(key)), ((Number) row.get("count")).longValue()));
		return counts;
	}
}
