package it.casa.freemarket.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import it.casa.freemarket.ContractType;
import it.casa.freemarket.EnergyClass;
import it.casa.freemarket.Heating;
import it.casa.freemarket.OfferDetails;
import it.casa.freemarket.OfferService;
import it.casa.freemarket.OfferStatus;
import it.casa.freemarket.OfferView;
import it.casa.freemarket.PartnerService;
import it.casa.freemarket.PartnerTerms;
import it.casa.platform.BackgroundWork;
import it.casa.platform.CurrentUser;
import it.casa.platform.DemoData;
import it.casa.platform.OrganisationId;
import it.casa.platform.Role;
import it.casa.platform.module.DistrictClock;

/**
 * Free Market's demo data: the terms of the embedded provider's two invented agencies (each covering different
 * municipalities, so that isolation between partners shows), then a few offers each, written and published by the
 * agency's own (invented) person through {@link OfferService}, and one offer of the agency itself.
 */
@Component
@Order(300)
class FreeMarketDemoData implements DemoData {

	static final OrganisationId LAMBRO = OrganisationId.of("immobiliare-lambro-casa");

	static final OrganisationId VETTABBIA = OrganisationId.of("vettabbia-immobiliare");

	private static final String MELEGNANO = "melegnano";

	private static final String SAN_DONATO = "san-donato-milanese";

	private static final String SAN_GIULIANO = "san-giuliano-milanese";

	private final BackgroundWork work;

	private final PartnerService partners;

	private final OfferService offers;

	private final DistrictClock clock;

	FreeMarketDemoData(BackgroundWork work, PartnerService partners, OfferService offers, DistrictClock clock) {
		this.work = work;
		this.partners = partners;
		this.offers = offers;
		this.clock = clock;
	}

	@Override
	public String module() {
		return "freemarket";
	}

	@Override
	public void load() {
		LocalDate today = clock.today();
		CurrentUser admin = new CurrentUser("demo.agenzia.admin", "Dati dimostrativi (Agenzia)", Set.of(Role.AGENCY_ADMIN),
				null, null);
		work.runAs(null, admin, () -> {
			partners.record(LAMBRO, 0, terms(today, "Giada Morelli Cantoni", "giada.morelli@lambrocasa.example",
					Set.of(MELEGNANO, SAN_GIULIANO)));
			partners.record(VETTABBIA, 0, terms(today, "Serena Quadrelli Bossi", "serena.quadrelli@vettabbia.example",
					Set.of(SAN_DONATO, SAN_GIULIANO)));
		});
		work.runAs(null, partner("partner.immobiliare", LAMBRO), () -> {
			publish(offer(MELEGNANO, "Centro storico", "62", 2, 1, ContractType.AGREED_RENT_3_2, "520", EnergyClass.D));
			publish(offer(SAN_GIULIANO, "Zivido", "78", 3, 3, ContractType.FREE_4_4, "780", EnergyClass.C));
			offers.create(offer(MELEGNANO, "Quartiere Giardino", "45", 2, 0, ContractType.TRANSITIONAL, "480",
					EnergyClass.F));
		});
		work.runAs(null, partner("partner.vettabbia", VETTABBIA), () -> {
			publish(offer(SAN_DONATO, "Metanopoli", "70", 3, 4, ContractType.AGREED_RENT_3_2, "650", EnergyClass.B));
			publish(offer(SAN_GIULIANO, "Sesto Ulteriano", "55", 2, 2, ContractType.FREE_4_4, "610", EnergyClass.E));
		});
		CurrentUser operator = new CurrentUser("demo.agenzia.operatrice", "Dati dimostrativi (Agenzia)",
				Set.of(Role.AGENCY_OPERATOR), null, null);
		work.runAs(null, operator, () -> publish(offer(SAN_DONATO, "Certosa", "84", 3, 1, ContractType.AGREED_RENT_3_2,
				"800", EnergyClass.C)));
	}

	private void publish(OfferDetails details) {
		OfferView draft = offers.create(details);
		offers.move(draft.id(), draft.version(), OfferStatus.PUBLISHED);
	}

	private static CurrentUser partner(String username, OrganisationId organisation) {
		return new CurrentUser(username, "Dati dimostrativi (Agenzia partner)", Set.of(Role.PARTNER_AGENCY), null,
				organisation);
	}

	private static PartnerTerms terms(LocalDate today, String contact, String email, Set<String> municipalities) {
		return new PartnerTerms(today.minusMonths(6), today.plusYears(2), "ACC-" + today.getYear() + "-01",
				today.minusMonths(6), today.plusYears(1), "CONV-" + today.getYear() + "-01", contact, email, null,
				municipalities);
	}

	private OfferDetails offer(String municipality, String zone, String area, int rooms, int floor,
			ContractType contract, String rent, EnergyClass energyClass) {
		return new OfferDetails(municipality, zone, new BigDecimal(area), rooms, floor, floor > 1, Heating.AUTONOMOUS,
				energyClass, new BigDecimal("118.40"), new BigDecimal(rent), new BigDecimal("60"), contract,
				clock.today().plusDays(20), floor == 0);
	}
}
