package it.casa.freemarket;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import it.casa.ApiClient;
import it.casa.CasaTestUsers;
import it.casa.platform.Role;
import it.casa.platform.module.DistrictClock;

/**
 * Partner agencies of the tests' own (unique ids, so that suspending one touches no other test), with Free Market terms
 * covering Melegnano and San Giuliano, and offers' bodies.
 */
final class FreeMarketPartners {

	static final LocalDate TODAY = LocalDate.now(DistrictClock.ZONE);

	private FreeMarketPartners() {
	}

	/** A new agency: registered as an organisation, accredited, under agreement; returns its id. */
	static String accreditedAgency(ApiClient api, String name) throws Exception {
		String id = "prova-" + name + "-" + UUID.randomUUID().toString().substring(0, 8);
		api.as(CasaTestUsers.agencyAdmin(), null).post("/api/platform/organisations", """
				{"id": "%s", "name": "Immobiliare %s di prova", "kind": "REAL_ESTATE_AGENCY", "validFrom": "%s", "validUntil": "%s"}"""
			.formatted(id, name, TODAY.minusYears(1), TODAY.plusYears(1))).andExpect(status().isCreated());
		recordTerms(api, id, 0, TODAY.plusYears(1)).andExpect(status().isOk());
		return id;
	}

	static org.springframework.test.web.servlet.ResultActions recordTerms(ApiClient api, String organisation,
			long version, LocalDate agreementUntil) throws Exception {
		return api.as(CasaTestUsers.agencyAdmin(), null).put("/api/freemarket/partners/" + organisation, """
				{"version": %d, "accreditedOn": "%s", "accreditedUntil": "%s", "accreditationRef": "ACC-T-1",
				 "agreementSignedOn": "%s", "agreementUntil": "%s", "agreementRef": "CONV-T-1",
				 "contactName": "Referente di prova", "contactEmail": "referente@prova.example",
				 "municipalities": ["melegnano", "san-giuliano-milanese"]}"""
			.formatted(version, TODAY.minusYears(1), TODAY.plusYears(2), TODAY.minusYears(1), agreementUntil));
	}

	/** A person of the agency {@code organisation}. */
	static RequestPostProcessor personOf(String organisation) {
		return CasaTestUsers.partner("persona." + organisation, organisation, Role.PARTNER_AGENCY);
	}

	/** An offer's body: 60 m² in {@code municipality}, with the rent and contract given. */
	static String offer(String municipality, String contractType, String monthlyRent) {
		return """
				{"municipality": "%s", "zone": "Centro", "floorArea": 60, "rooms": 2, "floor": 1, "lift": false,
				 "heating": "AUTONOMOUS", "energyClass": "D", "energyIndex": 120.5, "monthlyRent": %s,
				 "monthlyCharges": 50, "contractType": "%s", "availableFrom": "%s", "stepFreeAccess": false}"""
			.formatted(municipality, monthlyRent, contractType, TODAY.plusDays(30));
	}
}
