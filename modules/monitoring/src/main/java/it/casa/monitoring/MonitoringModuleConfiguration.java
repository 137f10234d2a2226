package it.casa.monitoring;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import it.casa.platform.FunctionModule;

/** Declares the module to the platform, which enables it per municipality as the tenant files say. */
@Configuration(proxyBeanMethods = false)
class MonitoringModuleConfiguration {

	@Bean
	FunctionModule monitoringModule() {
		return new FunctionModule("monitoring");
	}
}
