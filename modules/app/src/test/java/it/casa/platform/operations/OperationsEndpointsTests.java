package it.casa.platform.operations;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import it.casa.CasaTestUsers;

/** What operations rely on: probes, health with the tenants' migrations, metrics; details only for administrators. */
@SpringBootTest
@AutoConfigureMockMvc
class OperationsEndpointsTests {

	/** Set for every test context in src/test/resources/config/application.yaml. */
	static final String SCRAPE_TOKEN = "test-scrape-token-of-the-metrics-endpoint";

	@Autowired
	MockMvc mvc;

	@Test
	void livenessAndReadinessProbesAnswerWithoutLogin() throws Exception {
		mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void healthShowsDatabaseAndEveryMunicipalitysMigrationToAdministratorsOnly() throws Exception {
		mvc.perform(get("/actuator/health").with(CasaTestUsers.agencyAdmin()))
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.tenants.status").value("UP"))
			.andExpect(jsonPath("$.components.tenants.details.melegnano.status").value("MIGRATED"))
			.andExpect(jsonPath("$.components.tenants.details.district.status").value("MIGRATED"));

		mvc.perform(get("/actuator/health"))
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.tenants.details").doesNotExist());
	}

	/** Behind the TLS proxy the request is secure (forwarded headers): browsers are then told to stay on HTTPS. */
	@Test
	void answersOverTlsTellBrowsersToStayOnHttpsAndPlainOnesDoNot() throws Exception {
		mvc.perform(get("/api/platform/me").secure(true).with(CasaTestUsers.agencyOperator()))
			.andExpect(header().string("Strict-Transport-Security", containsString("max-age=")));
		mvc.perform(get("/").secure(true)).andExpect(header().string("Strict-Transport-Security", containsString("max-age=")));
		mvc.perform(get("/api/platform/me").with(CasaTestUsers.agencyOperator()))
			.andExpect(header().doesNotExist("Strict-Transport-Security"));
	}

	@Test
	void prometheusAnswersOnlyTheScraperWithItsToken() throws Exception {
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer not-the-" + SCRAPE_TOKEN))
			.andExpect(status().isUnauthorized());
		// Not even an administrator: the endpoint is for the scraper.
		mvc.perform(get("/actuator/prometheus").with(CasaTestUsers.agencyAdmin())).andExpect(status().isForbidden());
	}

	@Test
	void prometheusExposesPoolAndRequestMetrics() throws Exception {
		mvc.perform(get("/api/platform/me").with(CasaTestUsers.agencyOperator()));

		mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + SCRAPE_TOKEN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hikaricp_connections")))
			.andExpect(content().string(containsString("http_server_requests_seconds")))
			.andExpect(content().string(Matchers.not(containsString("operatore."))));
	}
}
