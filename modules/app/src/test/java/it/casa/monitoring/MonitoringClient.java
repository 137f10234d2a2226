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

	/** Waits until the asynchronous listeners have brought the district's request count of the query to {@code total}. */
	DocumentContext awaitRequests(String query, long total) {
		Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
			long count = ((Number) figures(CasaTestUsers.agencyOperator(), query).read("$.requests.total")).longValue();
			if (count != total) {
				throw new AssertionError("requests: " + count + ", expected " + total);
			}
		});
		try {
			return figures(CasaTestUsers.agencyOperator(), query);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}
}
