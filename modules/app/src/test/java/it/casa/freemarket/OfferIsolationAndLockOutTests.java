package it.casa.freemarket;

import static it.casa.freemarket.FreeMarketPartners.accreditedAgency;
import static it.casa.freemarket.FreeMarketPartners.offer;
import static it.casa.freemarket.FreeMarketPartners.personOf;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import it.casa.ApiClient;
import it.casa.CasaTestUsers;

/**
 * A partner reaches its own offers only, the agency sees every published one, and an agency whose organisation is
 * suspended or whose agreement has run out is refused at its very next request.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OfferIsolationAndLockOutTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aPartnerNeitherSeesNorChangesAnotherPartnersOffers() throws Exception {
		ApiClient api = new ApiClient(mvc);
		String a = accreditedAgency(api, "alfa");
		String b = accreditedAgency(api, "beta");
		String offerOfA = api.as(personOf(a), null).create("/api/freemarket/offers", offer("melegnano", "FREE_4_4", "600"));

		api.as(personOf(b), null).get("/api/freemarket/offers/" + offerOfA).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("offer.notFound"));
		api.as(personOf(b), null).put("/api/freemarket/offers/" + offerOfA,
				"{\"version\": 0, \"offer\": " + offer("melegnano", "FREE_4_4", "1") + "}")
			.andExpect(status().isNotFound());
		api.as(personOf(b), null).post("/api/freemarket/offers/" + offerOfA + "/status",
				"{\"version\": 0, \"status\": \"WITHDRAWN\"}").andExpect(status().isNotFound());
		api.as(personOf(b), null).get("/api/freemarket/offers?size=100")
			.andExpect(jsonPath("$.items[*].id", not(hasItem(offerOfA))));
		api.as(personOf(b), null).get("/api/freemarket/market").andExpect(status().isForbidden());
		api.as(personOf(b), null).get("/api/freemarket/partners/" + a).andExpect(status().isForbidden());

		api.as(personOf(a), null).get("/api/freemarket/offers?size=100").andExpect(jsonPath("$.items[*].id", hasItem(offerOfA)));
		api.as(personOf(a), null).get("/api/freemarket/offers/" + offerOfA)
			.andExpect(jsonPath("$.monthlyRent").doesNotExist())
			.andExpect(jsonPath("$.details.monthlyRent").value(600))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.organisation").value(a));

		// A draft is its author's alone; once published the agency sees it, whatever municipality it works in.
		api.as(CasaTestUsers.agencyOperator(), null).get("/api/freemarket/market/" + offerOfA).andExpect(status().isNotFound());
		api.as(personOf(a), null).post("/api/freemarket/offers/" + offerOfA + "/status",
				"{\"version\": 0, \"status\": \"PUBLISHED\"}").andExpect(status().isOk());
		api.as(CasaTestUsers.agencyOperator(), "san-donato-milanese").get("/api/freemarket/market?organisation=" + a)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", hasItem(offerOfA)));
		api.as(CasaTestUsers.agencyOperator(), null).get("/api/freemarket/market/" + offerOfA)
			.andExpect(jsonPath("$.status").value("PUBLISHED"));
	}

	@Test
	void aSuspendedAgencyIsRefusedAtOnce() throws Exception {
		ApiClient api = new ApiClient(mvc);
		String agency = accreditedAgency(api, "sospesa");
		api.as(personOf(agency), null).get("/api/freemarket/offers").andExpect(status().isOk());

		api.as(CasaTestUsers.agencyAdmin(), null).post("/api/platform/organisations/" + agency + "/suspension",
				"{\"version\": 0, \"reason\": \"Convenzione in revisione\"}").andExpect(status().isOk());

		api.as(personOf(agency), null).get("/api/freemarket/offers").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("organisation.locked"));
		api.as(personOf(agency), null).post("/api/freemarket/offers", offer("melegnano", "FREE_4_4", "600"))
			.andExpect(status().isForbidden());
	}

	@Test
	void anAgencyWhoseAgreementHasRunOutIsRefusedAtOnce() throws Exception {
		ApiClient api = new ApiClient(mvc);
		String agency = accreditedAgency(api, "scaduta");
		api.as(personOf(agency), null).get("/api/freemarket/partner").andExpect(jsonPath("$.inForce").value(true));

		FreeMarketPartners.recordTerms(api, agency, 0, FreeMarketPartners.TODAY.minusDays(1)).andExpect(status().isOk());

		api.as(personOf(agency), null).get("/api/freemarket/offers").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("freemarket.partner.agreementNotInForce"));
		api.as(CasaTestUsers.agencyOperator(), null).get("/api/freemarket/partners/" + agency)
			.andExpect(jsonPath("$.inForce").value(false));
	}

	@Test
	void anAgencyWithoutFreeMarketTermsCannotOffer() throws Exception {
		ApiClient api = new ApiClient(mvc);
		String id = "prova-senza-termini-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		api.as(CasaTestUsers.agencyAdmin(), null).post("/api/platform/organisations", """
				{"id": "%s", "name": "Immobiliare senza termini", "kind": "REAL_ESTATE_AGENCY", "validFrom": "%s", "validUntil": "%s"}"""
			.formatted(id, FreeMarketPartners.TODAY, FreeMarketPartners.TODAY.plusYears(1))).andExpect(status().isCreated());

		api.as(personOf(id), null).post("/api/freemarket/offers", offer("melegnano", "FREE_4_4", "600"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("freemarket.partner.notAccredited"));
	}
}
