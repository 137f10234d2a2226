package it.casa.monitoring;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import it.casa.ApiClient;
import it.casa.CasaTestUsers;

/** The district's figures as the dashboard reads them, and waiting for the modules' events to reach them. */
final class MonitoringFigures {

	static final String PRESS_KIT_2025 = "from=2025-04-01&to=2025-05-31";

	static final String PRESS_KIT = PRESS_KIT_2025 + "&emergenciesFrom=2024-01-01&emergenciesTo=2024-12-31";

	private final ApiClient api;

	MonitoringFigures(ApiClient api) {
		this.api = api;
	}

	/** The figures of {@code query} as {@code user} sees them in the district view. */
	DocumentContext read(RequestPostProcessor user, String query) throws Exception {
		MockHttpServletResponse response = api.as(user, null).download("/api/monitoring/figures?" + query);
		if (response.getStatus() != 200) {
			throw new AssertionError("figures answered " + response.getStatus() + ": " + response.getContentAsString());
		}
		return JsonPath.parse(response.getContentAsString());
	}

	/**
	 * Waits until the asynchronous listeners have brought the district's figures of the query to {@code requests}
	 * requests and {@code emergencies} emergencies, and every request's interviews and closures have arrived.
	 */
	DocumentContext awaitTotals(String query, long requests, long emergencies) {
		Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
			DocumentContext figures = read(CasaTestUsers.agencyOperator(), query);
			long requestCount = ((Number) figures.read("$.requests.total")).longValue();
			long emergencyCount = ((Number) figures.read("$.emergencies.total")).longValue();
			if (requestCount != requests || emergencyCount != emergencies) {
				throw new AssertionError("requests: " + requestCount + ", emergencies: " + emergencyCount);
			}
		});
		// The last events of a burst may still be on their way: give them a moment to settle.
		Awaitility.await().pollDelay(Duration.ofMillis(500)).until(() -> true);
		try {
			return read(CasaTestUsers.agencyOperator(), query);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}
}
