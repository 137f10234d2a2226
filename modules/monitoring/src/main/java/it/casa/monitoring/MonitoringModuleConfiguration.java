package it.casa.monitoring;

import static it.casa.platform.Role.AGENCY_ADMIN;
import static it.casa.platform.Role.AGENCY_OPERATOR;
import static it.casa.platform.Role.MUNICIPAL_OPERATOR;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import it.casa.platform.module.FunctionModule;

/**
 * Declares the module to the platform: every municipality uses it unless its tenant file says otherwise, and these are
 * its rights ({@link Permissions} checks them on the service interface). Its data is the district's read models
 * (docs/adr/0010): nothing in a municipality's schema.
 */
@Configuration(proxyBeanMethods = false)
class MonitoringModuleConfiguration {

	@Bean
	FunctionModule monitoringModule() {
		return FunctionModule.named("monitoring", "Monitoraggio", "Monitoring")
			.onByDefault()
			.withoutMunicipalData()
			// The figures of the user's own municipality.
			.right("read", MUNICIPAL_OPERATOR, AGENCY_OPERATOR, AGENCY_ADMIN)
			// The district's figures and any municipality's.
			.right("district", AGENCY_OPERATOR, AGENCY_ADMIN);
	}
}
