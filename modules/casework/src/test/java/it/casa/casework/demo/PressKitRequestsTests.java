package it.casa.casework.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import it.casa.casework.HouseholdComposition;

/**
 * The invented requests add up to the press kit's published tables before anything is filed (the app's DemoDataTests
 * then read them back through the API).
 */
class PressKitRequestsTests {

	@Test
	void requestsOfThePeriodAreThePublishedFortyFourByMunicipalityAndSituation() {
		List<PressKitRequests.DemoRequest> requests = PressKitRequests.requestsOfThePeriod();
		assertThat(requests).hasSize(44)
			.allSatisfy(request -> assertThat(PressKitRequests.inThePeriod(request.requestedOn())).isTrue());
		assertThat(count(requests, PressKitRequests.DemoRequest::municipality))
			.containsExactlyInAnyOrderEntriesOf(PressKitRequests.REQUESTS_BY_MUNICIPALITY);
		assertThat(count(requests, PressKitRequests.DemoRequest::situation))
			.containsExactlyInAnyOrderEntriesOf(PressKitRequests.HOUSING_SITUATIONS);
		// Every run files the same invented requests.
		assertThat(PressKitRequests.requestsOfThePeriod()).isEqualTo(requests);
	}

	@Test
	void householdsInCareAreThePublishedFortyEightCompositionsWithFourFromMarch() {
		assertThat(PressKitRequests.CARRIED_OVER).hasSize(4)
			.allSatisfy(request -> assertThat(request.requestedOn()).isBefore(PressKitRequests.FIRST_DAY));
		Map<HouseholdComposition, Integer> compositions = count(PressKitRequests.allRequests(),
				PressKitRequests.DemoRequest::composition);
		assertThat(compositions).containsExactlyInAnyOrderEntriesOf(PressKitRequests.COMPOSITIONS);
		assertThat(compositions.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(48);
	}

	private static <T, K> Map<K, Integer> count(List<T> items, Function<T, K> key) {
		Map<K, Integer> counts = new LinkedHashMap<>();
		items.forEach(item -> counts.merge(key.apply(item), 1, Integer::sum));
		return counts;
	}
}
