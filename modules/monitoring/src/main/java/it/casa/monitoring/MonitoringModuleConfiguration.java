package it.casa.monitoring;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import it.casa.platform.FunctionModule;
import it.casa.platform.Role;

/** Declares the module to the platform, which enables it per municipality as the tenant files say. */
@Configuration(proxyBeanMethods = false)
class MonitoringModuleConfiguration {

	@Bean
	FunctionModule monitoringModule() {
		return new FunctionModule("monitoring", Set.of(Role.MUNICIPAL_OPERATOR, Role.AGENCY_OPERATOR, Role.AGENCY_ADMIN));
	}
}
