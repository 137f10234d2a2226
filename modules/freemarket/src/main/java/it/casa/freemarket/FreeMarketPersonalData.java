package it.casa.freemarket;

import static it.casa.platform.PersonalDataRegister.DataSubject.STAFF;
import static it.casa.platform.PersonalDataRegister.RetentionClass.ACCOUNT;
import static it.casa.platform.PersonalDataRegister.Store.DISTRICT;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import it.casa.platform.PersonalDataRegister;

/**
 * What Free Market keeps about people: no household yet (the housing searches of the next slice will be a
 * municipality's); the partners' contact persons and who wrote or changed an offer.
 */
@Configuration(proxyBeanMethods = false)
class FreeMarketPersonalData {

	@Bean
	PersonalDataRegister freeMarketPersonalDataRegister() {
		return PersonalDataRegister.of("freemarket")
			.personal(DISTRICT, "freemarket_partner", STAFF, "changed_by_user_id", ACCOUNT,
					"A partner agency's terms: its contact person's name, e-mail and phone; who last changed them")
			.none(DISTRICT, "freemarket_partner_municipality", "Which municipalities a partner agency covers")
			.personal(DISTRICT, "freemarket_offer", STAFF, "created_by_user_id", ACCOUNT,
					"Homes offered for rent (no address, no landlord's name); who wrote and changed each offer")
			.build();
	}
}
