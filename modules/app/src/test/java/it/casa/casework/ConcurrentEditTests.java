package it.casa.casework;

import static it.casa.ApiClient.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import it.casa.ApiClient;
import it.casa.CasaTestUsers;
import it.casa.InventedFiscalCodes;
import it.casa.TriageChecklists;

/** Two people change the same record at the same moment on the same version: one wins, the other gets a 409. */
@SpringBootTest
@AutoConfigureMockMvc
class ConcurrentEditTests {

	private static final int RACES = 5;

	@Autowired
	MockMvc mvc;

	@Test
	void twoSimultaneousProjectsOnTheSameVersionGiveOneCreatedAndOneConflict() throws Exception {
		ApiClient client = new ApiClient(mvc);
		ApiClient.As melegnano = client.as(CasaTestUsers.municipalOperator("melegnano"), null);
		ApiClient.As agency = client.as(CasaTestUsers.agencyOperator(), "melegnano");
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			for (int race = 0; race < RACES; race++) {
				// given: a triaged case (version 1), whose project nobody has agreed yet
				String code = InventedFiscalCodes.fiscalCode("CNC", "MRC", LocalDate.of(1975, 1, 20), false);
				String caseId = string(melegnano.post("/api/casework/cases", InventedPeople.singleAdult("Concorrenti", code))
					.andExpect(status().isCreated()), "$.id");
				agency.post("/api/casework/cases/" + caseId + "/triage", "{\"version\": 0, \"grade\": 2, \"checklist\": "
						+ TriageChecklists.answered("{\"arrears\": [\"RENT\"]}") + "}").andExpect(status().isOk());

				// when: the municipality and the agency send a project for version 1 at the same moment
				CyclicBarrier start = new CyclicBarrier(2);
				List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
				for (ApiClient.As side : List.of(melegnano, agency)) {
					answers.add(threads.submit(() -> {
						start.await(30, TimeUnit.SECONDS);
						return side.post("/api/casework/cases/" + caseId + "/project", """
								{"version": 1, "goals": ["Budget coaching"], "waysAndTimes": "Weekly",
								 "actions": [{"description": "Apply to the district rent fund", "status": "PLANNED",
								              "owner": {"kind": "AGENCY_OPERATOR", "userId": "agenzia.operatrice",
								                        "displayName": "Operatrice"}}]}""")
							.andReturn()
							.getResponse();
					}));
				}

				// then: one is created, the other is told that the case changed meanwhile
				List<Integer> statuses = new ArrayList<>();
				for (Future<MockHttpServletResponse> answer : answers) {
					MockHttpServletResponse response = answer.get(60, TimeUnit.SECONDS);
					statuses.add(response.getStatus());
					if (response.getStatus() == 409) {
						assertThat((String) JsonPath.read(response.getContentAsString(), "$.code"))
							.isEqualTo("version.stale");
					}
				}
				assertThat(statuses).as("race %d", race).containsExactlyInAnyOrder(201, 409);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}
}
