package it.casa.freemarket;

import static it.casa.platform.Role.AGENCY_ADMIN;
import static it.casa.platform.Role.AGENCY_OPERATOR;
import static it.casa.platform.Role.PARTNER_AGENCY;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import it.casa.platform.module.FunctionModule;

/**
 * Declares the module to the platform, with its rights ({@link Permissions} checks them on the service interfaces).
 * It keeps nothing in a municipality's schema yet: partners' terms and offers are the district's (docs/adr/0026); the
 * housing searches of the next slice, a household's, will bring the tenant changelog and drop
 * {@code withoutMunicipalData()}.
 */
@Configuration(proxyBeanMethods = false)
class FreeMarketModuleConfiguration {

	@Bean
	FunctionModule freeMarketModule() {
		return FunctionModule.named("freemarket", "Mercato Libero", "Free Market")
			.onByDefault()
			.withoutMunicipalData()
			// Offering homes: a partner agency its own, the agency those of landlords it works with directly.
			.right("offer", PARTNER_AGENCY, AGENCY_OPERATOR)
			// Every partner's offers and terms side by side: the agency's view of the market.
			.right("district", AGENCY_OPERATOR, AGENCY_ADMIN)
			// Recording a partner's accreditation, agreement and municipalities.
			.right("partners", AGENCY_ADMIN);
	}
}
