package it.casa.monitoring;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import it.casa.CasaTestUsers;
import it.casa.platform.tenancy.RequestTenantResolver;

/** Reads monitoring's API as a given user, like the dashboard does. */
final class MonitoringClient {

	static final String PRESS_KIT_2025 = "from=2025-04-01&to=2025-05-31";

	static final String PRESS_KIT = PRESS_KIT_2025 + "&emergenciesFrom=2024-01-01&emergenciesTo=2024-12-31";

	private final MockMvc mvc;

	MonitoringClient(MockMvc mvc) {
		this.mvc = mvc;
	}

	/** The response to {@code GET /api/monitoring/<path>} as {@code user}, optionally inside a municipality. */
	MockHttpServletResponse get(RequestPostProcessor user, @Nullable String municipality, String path) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get("/api/monitoring/" + path)
			.with(user)
			.accept(MediaType.ALL);
		if (municipality != null) {
			request.header(RequestTenantResolver.TENANT_HEADER, municipality);
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	DocumentContext figures(RequestPostProcessor user, String query) throws Exception {
		MockHttpServletResponse response = get(user, null, "figures?" + query);
		if (response.getStatus() != 200) {
			throw new AssertionError("figures answered " + response.getStatus() + ": " + response.getContentAsString());
		}
		return JsonPath.parse(response.getContentAsString());
	}

	/**
	 * Waits until the asynchronous listeners have brought the district's figures of the query to {@code requests}
	 * requests and {@code emergencies} emergencies, and every request's interviews and closures have arrived.
	 */
	DocumentContext awaitFigures(String query, long requests, long emergencies) {
		Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
			DocumentContext figures = figures(CasaTestUsers.agencyOperator(), query);
			long requestCount = ((Number) figures.read("$.requests.total")).longValue();
			long emergencyCount = ((Number) figures.read("$.emergencies.total")).longValue();
			if (requestCount != requests || emergencyCount != emergencies) {
				throw new AssertionError("requests: " + requestCount + ", emergencies: " + emergencyCount);
			}
		});
		// The last events of a burst may still be on their way: give them a moment to settle.
		Awaitility.await().pollDelay(Duration.ofMillis(500)).until(() -> true);
		try {
			return figures(CasaTestUsers.agencyOperator(), query);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}
}
