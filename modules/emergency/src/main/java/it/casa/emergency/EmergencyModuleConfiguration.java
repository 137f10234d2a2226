package it.casa.emergency;

import static it.casa.platform.Role.AGENCY_OPERATOR;
import static it.casa.platform.Role.MUNICIPAL_OPERATOR;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import it.casa.platform.module.FunctionModule;

/**
 * Declares the module to the platform: every municipality uses it unless its tenant file says otherwise, and these are
 * its rights ({@link Permissions} checks them on the service interfaces).
 */
@Configuration(proxyBeanMethods = false)
class EmergencyModuleConfiguration {

	@Bean
	FunctionModule emergencyModule() {
		return FunctionModule.named("emergency", "Pronto Intervento Sociale", "Emergency")
			.onByDefault()
			// The two sides of the Pronto Intervento Sociale: intake, measures, follow-up, closure; nobody else.
			.right("work", MUNICIPAL_OPERATOR, AGENCY_OPERATOR)
			// Every municipality's emergencies side by side, with no municipality chosen.
			.right("district", AGENCY_OPERATOR);
	}
}
