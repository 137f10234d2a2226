package it.casa.casework;

import static it.casa.ApiClient.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import it.casa.ApiClient;
import it.casa.CasaTestUsers;
import it.casa.InventedFiscalCodes;
import it.casa.platform.TenantContext;
import it.casa.platform.TenantId;

/**
 * A module case work knows nothing about puts entries on a case's timeline by publishing its own event that implements
 * {@link CaseTimelineEvent}: whoever may read the case reads them, newest first; a redelivery adds nothing; an event
 * naming another municipality's case adds nothing there; facts that break the rules are left out.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CaseTimelineTests {

	/** A later module's event, declared here as the module would in its own root package. */
	record RentFundApplicationFiled(TenantId tenant, CaseId caseId, Instant occurredAt, UUID entryId,
			Map<String, String> facts) implements CaseTimelineEvent {

		@Override
		public String module() {
			return "rentfund";
		}

		@Override
		public String kind() {
			return "application.filed";
		}
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	ApiClient.As melegnano;

	String caseId;

	@BeforeEach
	void aCaseInMelegnano() throws Exception {
		melegnano = new ApiClient(mvc).as(CasaTestUsers.municipalOperator("melegnano"), null);
		String code = InventedFiscalCodes.fiscalCode("TML", "NRC", LocalDate.of(1975, 1, 20), false);
		caseId = string(melegnano.post("/api/casework/cases", InventedPeople.singleAdult("Timelinetti", code))
			.andExpect(status().isCreated()), "$.id");
	}

	@Test
	void anotherModulesEventsAreOnTheCasesTimelineNewestFirstAndOnce() throws Exception {
		Instant filedAt = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		publish("melegnano", new RentFundApplicationFiled(TenantId.of("melegnano"), CaseId.of(UUID.fromString(caseId)),
				filedAt, first, Map.of("amount", "1200.00", "Not a key!", "x", "note", "y".repeat(201))));
		publish("melegnano", new RentFundApplicationFiled(TenantId.of("melegnano"), CaseId.of(UUID.fromString(caseId)),
				filedAt.plus(1, ChronoUnit.DAYS), second, Map.of()));
		// The same event delivered again.
		publish("melegnano", new RentFundApplicationFiled(TenantId.of("melegnano"), CaseId.of(UUID.fromString(caseId)),
				filedAt, first, Map.of("amount", "1200.00")));

		Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
				melegnano.get("/api/casework/cases/" + caseId + "/timeline").andExpect(jsonPath("$.page.totalElements").value(2)));

		melegnano.get("/api/casework/cases/" + caseId + "/timeline")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].id").value(second.toString()))
			.andExpect(jsonPath("$.content[1].id").value(first.toString()))
			.andExpect(jsonPath("$.content[1].module").value("rentfund"))
			.andExpect(jsonPath("$.content[1].kind").value("application.filed"))
			.andExpect(jsonPath("$.content[1].occurredAt").value(filedAt.toString()))
			.andExpect(jsonPath("$.content[1].facts.amount").value("1200.00"))
			.andExpect(jsonPath("$.content[1].facts.length()").value(1));
		new ApiClient(mvc).as(CasaTestUsers.agencyOperator(), "melegnano")
			.get("/api/casework/cases/" + caseId + "/timeline")
			.andExpect(jsonPath("$.page.totalElements").value(2));
	}

	@Test
	void theTimelineIsTheCasesOwnersAndAnEventNamingAForeignCaseAddsNothing() throws Exception {
		UUID misplaced = UUID.randomUUID();
		UUID marker = UUID.randomUUID();
		// Published in San Donato for Melegnano's case: the case is not there.
		publish("san-donato-milanese", new RentFundApplicationFiled(TenantId.of("san-donato-milanese"),
				CaseId.of(UUID.fromString(caseId)), Instant.now(), misplaced, Map.of()));
		publish("melegnano", new RentFundApplicationFiled(TenantId.of("melegnano"), CaseId.of(UUID.fromString(caseId)),
				Instant.now(), marker, Map.of()));

		Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
				melegnano.get("/api/casework/cases/" + caseId + "/timeline").andExpect(jsonPath("$.page.totalElements").value(1)));
		String body = melegnano.get("/api/casework/cases/" + caseId + "/timeline").andReturn().getResponse().getContentAsString();
		assertThat(body).contains(marker.toString()).doesNotContain(misplaced.toString());
		new ApiClient(mvc).as(CasaTestUsers.municipalOperator("san-donato-milanese"), null)
			.get("/api/casework/cases/" + caseId + "/timeline")
			.andExpect(status().isNotFound());
		new ApiClient(mvc).as(CasaTestUsers.partnerAgency(), null)
			.get("/api/casework/cases/" + caseId + "/timeline")
			.andExpect(status().isForbidden());
	}

	/** As the module would: inside its own transaction, in the municipality its work happens in. */
	private void publish(String municipality, CaseTimelineEvent event) {
		TenantContext.runAs(TenantId.of(municipality), () -> transactions.executeWithoutResult(status -> events.publishEvent(event)));
	}
}
