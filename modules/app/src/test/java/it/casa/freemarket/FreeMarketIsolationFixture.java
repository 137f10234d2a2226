package it.casa.freemarket;

import static it.casa.IsolationVictim.MARKER;
import static it.casa.IsolationVictim.created;
import static it.casa.IsolationVictim.succeeded;
import static it.casa.WriteBody.fixed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import it.casa.IsolationFixture;
import it.casa.IsolationVictim;
import it.casa.WriteBody;

/**
 * A draft offer of an agency none of the callers works for: a draft is its author's alone (not even the agency's
 * staff see it before it is published, ADR 0026), so no caller of the suite may read or change it. The bodies carry
 * version 0, the draft's: the victim's readers may not read a partner's draft to find it.
 */
class FreeMarketIsolationFixture implements IsolationFixture {

	@Override
	public String module() {
		return "freemarket";
	}

	@Override
	public void seed(IsolationVictim victim) throws Exception {
		String agency = "isolamento-" + UUID.randomUUID().toString().substring(0, 8);
		created(victim.agencyAdmin().post("/api/platform/organisations", """
				{"id": "%s", "name": "Immobiliare di isolamento", "kind": "REAL_ESTATE_AGENCY", "validFrom": "%s",
				 "validUntil": "%s"}""".formatted(agency, FreeMarketPartners.TODAY.minusYears(1),
				FreeMarketPartners.TODAY.plusYears(1))));
		succeeded(victim.agencyAdmin().put("/api/freemarket/partners/" + agency, terms(0)));
		String offer = created(victim.as(FreeMarketPartners.personOf(agency)).post("/api/freemarket/offers",
				offer("Via " + MARKER)));
		victim.addForeignRecord(offer);
		victim.remember("offerId", offer);
	}

	/** Partners' terms are the administrator's record of every agency, like the platform's organisations. */
	@Override
	public List<String> administratorsDistrictTools() {
		return List.of("/api/freemarket/partners");
	}

	@Override
	public Map<String, WriteBody> writeBodies() {
		Map<String, WriteBody> bodies = new LinkedHashMap<>();
		bodies.put("POST /api/freemarket/offers", fixed(offer("Centro")));
		bodies.put("PUT /api/freemarket/offers/{offerId}", fixed("{\"version\": 0, \"offer\": " + offer("Centro") + "}"));
		bodies.put("POST /api/freemarket/offers/{offerId}/status", fixed("{\"version\": 0, \"status\": \"WITHDRAWN\"}"));
		bodies.put("PUT /api/freemarket/partners/{organisation}", fixed(terms(0)));
		return bodies;
	}

	private static String offer(String zone) {
		return FreeMarketPartners.offer("melegnano", "FREE_4_4", "600").replace("\"Centro\"", "\"" + zone + "\"");
	}

	private static String terms(long version) {
		return """
				{"version": %d, "accreditedOn": "%s", "accreditedUntil": "%s", "accreditationRef": "ACC-I-1",
				 "agreementSignedOn": "%s", "agreementUntil": "%s", "agreementRef": "CONV-I-1",
				 "contactName": "Referente Ciliegiotti", "contactEmail": "referente@isolamento.example",
				 "municipalities": ["melegnano", "san-giuliano-milanese"]}""".formatted(version,
				FreeMarketPartners.TODAY.minusYears(1), FreeMarketPartners.TODAY.plusYears(2),
				FreeMarketPartners.TODAY.minusYears(1), FreeMarketPartners.TODAY.plusYears(1));
	}
}
