package it.casa.casework;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import it.casa.platform.FunctionModule;

/** Declares the module to the platform, which enables it per municipality as the tenant files say. */
@Configuration(proxyBeanMethods = false)
class CaseworkModuleConfiguration {

	@Bean
	FunctionModule caseworkModule() {
		return new FunctionModule("casework");
	}
}
