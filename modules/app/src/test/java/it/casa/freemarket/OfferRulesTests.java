package it.casa.freemarket;

import static it.casa.freemarket.FreeMarketPartners.accreditedAgency;
import static it.casa.freemarket.FreeMarketPartners.offer;
import static it.casa.freemarket.FreeMarketPartners.personOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import it.casa.ApiClient;

/**
 * Bad input is refused with a problem naming the field, and nothing is written: an offer without energy class, a
 * negative or absurd rent, an agreed rent outside the municipality's band, a municipality the agency does not cover;
 * an illegal status transition and a stale version are refused with 409 and change nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OfferRulesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void badOffersAreRefusedAndNothingIsWritten() throws Exception {
		ApiClient api = new ApiClient(mvc);
		String agency = accreditedAgency(api, "regole");
		ApiClient.As partner = api.as(personOf(agency), null);

		refused(partner.post("/api/freemarket/offers",
				offer("melegnano", "FREE_4_4", "600").replace("\"energyClass\": \"D\", ", "")), "energyClass", "NotNull");
		refused(partner.post("/api/freemarket/offers",
				offer("melegnano", "FREE_4_4", "600").replace("\"energyIndex\": 120.5, ", "")), "energyIndex", "NotNull");
		refused(partner.post("/api/freemarket/offers", offer("melegnano", "FREE_4_4", "-450")), "monthlyRent",
				"DecimalMin");
		refused(partner.post("/api/freemarket/offers", offer("melegnano", "FREE_4_4", "95000")), "monthlyRent",
				"DecimalMax");
		// 9,000 euro for 60 m²: 150 euro per square metre, a yearly rent typed as a monthly one.
		refused(partner.post("/api/freemarket/offers", offer("melegnano", "FREE_4_4", "9000")), "monthlyRent",
				"offer.rent.absurd");
		// Melegnano's band (rules/agreed-rent-bands/2025-melegnano.yaml) is 6.50-10.50 euro per square metre.
		refused(partner.post("/api/freemarket/offers", offer("melegnano", "AGREED_RENT_3_2", "900")), "monthlyRent",
				"offer.rent.outsideBand").andExpect(jsonPath("$.arguments.min").value("6.5"))
			.andExpect(jsonPath("$.arguments.max").value("10.5"));
		refused(partner.post("/api/freemarket/offers", offer("san-donato-milanese", "FREE_4_4", "600")), "municipality",
				"offer.municipality.notCovered");
		partner.post("/api/freemarket/offers", offer("melegnano", "HALF_PRICE", "600")).andExpect(status().isBadRequest());

		assertThat(offersOf(agency)).isZero();

		// Within the band (9 euro per square metre) it is accepted, with the band's version recorded.
		partner.post("/api/freemarket/offers", offer("melegnano", "AGREED_RENT_3_2", "540"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.bandRuleVersion").isNumber());
		assertThat(offersOf(agency)).isOne();
	}

	@Test
	void illegalTransitionsAndStaleVersionsAreConflictsThatChangeNothing() throws Exception {
		ApiClient api = new ApiClient(mvc);
		String agency = accreditedAgency(api, "stati");
		ApiClient.As partner = api.as(personOf(agency), null);
		String id = partner.create("/api/freemarket/offers", offer("san-giuliano-milanese", "FREE_4_4", "700"));
		String status = "/api/freemarket/offers/" + id + "/status";

		partner.post(status, "{\"version\": 0, \"status\": \"LET\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("offer.status.notAllowed"))
			.andExpect(jsonPath("$.currentStatus").value("DRAFT"));
		partner.post(status, "{\"version\": 0, \"status\": \"PUBLISHED\"}").andExpect(jsonPath("$.version").value(1));
		// Someone still holding version 0 (another tab) is told to reload.
		partner.put("/api/freemarket/offers/" + id, "{\"version\": 0, \"offer\": " + offer("melegnano", "FREE_4_4", "650") + "}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("version.stale"))
			.andExpect(jsonPath("$.currentVersion").value(1));
		partner.post(status, "{\"version\": 1, \"status\": \"RESERVED\"}").andExpect(status().isOk());
		partner.post(status, "{\"version\": 2, \"status\": \"LET\"}").andExpect(jsonPath("$.nextStatuses").isEmpty());
		partner.post(status, "{\"version\": 3, \"status\": \"PUBLISHED\"}").andExpect(status().isConflict());
		partner.put("/api/freemarket/offers/" + id, "{\"version\": 3, \"offer\": " + offer("melegnano", "FREE_4_4", "650") + "}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("offer.status.notAllowed"));

		partner.get("/api/freemarket/offers/" + id)
			.andExpect(jsonPath("$.status").value("LET"))
			.andExpect(jsonPath("$.version").value(3))
			.andExpect(jsonPath("$.details.municipality").value("san-giuliano-milanese"))
			.andExpect(jsonPath("$.details.monthlyRent").value(700));
	}

	@Test
	void theAgencyOffersForLandlordsItWorksWithDirectly() throws Exception {
		ApiClient api = new ApiClient(mvc);
		ApiClient.As agency = api.as(it.casa.CasaTestUsers.agencyOperator(), "melegnano");
		String id = agency.create("/api/freemarket/offers", offer("san-donato-milanese", "AGREED_RENT_3_2", "600"));
		agency.get("/api/freemarket/offers/" + id).andExpect(jsonPath("$.organisation").doesNotExist());
		agency.get("/api/freemarket/offers?size=100").andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").exists());
	}

	private static ResultActions refused(ResultActions result, String field, String code) throws Exception {
		return result.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].code").value(code));
	}

	private long offersOf(String organisation) {
		return jdbc.queryForObject("SELECT count(*) FROM freemarket_offer WHERE organisation_id = ?", Long.class,
				organisation);
	}
}
