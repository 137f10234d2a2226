package it.casa.monitoring.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import it.casa.casework.HouseholdComposition;
import it.casa.emergency.ProblemType;

/**
 * The invented demo records add up to the press kit's published tables before anything is filed (the app's
 * DemoDataTests then read them back through the API), and the loader never runs in production.
 */
class PressKitTests {

	@Test
	void requestsOfThePeriodAreThePublishedFortyFourByMunicipalityAndSituation() {
		List<PressKit.DemoRequest> requests = PressKit.requestsOfThePeriod();
		assertThat(requests).hasSize(44).allSatisfy(request -> assertThat(PressKit.REQUEST_PERIOD.contains(request.requestedOn())).isTrue());
		assertThat(count(requests, PressKit.DemoRequest::municipality))
			.containsExactlyInAnyOrderEntriesOf(PressKit.REQUESTS_BY_MUNICIPALITY);
		assertThat(count(requests, PressKit.DemoRequest::situation))
			.containsExactlyInAnyOrderEntriesOf(PressKit.HOUSING_SITUATIONS);
		// Every run files the same invented requests.
		assertThat(PressKit.requestsOfThePeriod()).isEqualTo(requests);
	}

	@Test
	void householdsInCareAreThePublishedFortyEightCompositionsWithFourFromMarch() {
		assertThat(PressKit.CARRIED_OVER).hasSize(4)
			.allSatisfy(request -> assertThat(request.requestedOn()).isBefore(PressKit.REQUEST_PERIOD.from()));
		Map<HouseholdComposition, Integer> compositions = count(PressKit.allRequests(), PressKit.DemoRequest::composition);
		assertThat(compositions).containsExactlyInAnyOrderEntriesOf(PressKit.COMPOSITIONS);
		assertThat(compositions.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(48);
	}

	@Test
	void emergenciesOf2024AreThePublishedTwentyOneWithEighteenInThePublishedProblems() {
		List<PressKit.DemoEmergency> emergencies = PressKit.emergencies();
		assertThat(emergencies).hasSize(21)
			.allSatisfy(emergency -> assertThat(emergency.calledAt().getYear()).isEqualTo(2024));
		assertThat(count(emergencies, PressKit.DemoEmergency::problem)).containsExactlyInAnyOrderEntriesOf(PressKit.PROBLEMS);
		assertThat(emergencies.stream().filter(emergency -> emergency.problem() != ProblemType.OTHER)).hasSize(18);
	}

	@Test
	void loaderRefusesToStartWithTheProductionProfile() {
		MockEnvironment production = new MockEnvironment();
		production.setActiveProfiles("demo", "prod");
		assertThatIllegalStateException()
			.isThrownBy(() -> new DemoDataLoader(production, null, null, null, null, null))
			.withMessageContaining("never be loaded in production");
	}

	private static <T, K> Map<K, Integer> count(List<T> items, Function<T, K> key) {
		Map<K, Integer> counts = new LinkedHashMap<>();
		items.forEach(item -> counts.merge(key.apply(item), 1, Integer::sum));
		return counts;
	}
}
