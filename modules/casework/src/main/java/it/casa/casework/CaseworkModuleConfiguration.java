package it.casa.casework;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import it.casa.platform.FunctionModule;
import it.casa.platform.Role;

/** Declares the module to the platform, which enables it per municipality as the tenant files say. */
@Configuration(proxyBeanMethods = false)
class CaseworkModuleConfiguration {

	@Bean
	FunctionModule caseworkModule() {
		return new FunctionModule("casework", Set.of(Role.MUNICIPAL_OPERATOR, Role.AGENCY_OPERATOR, Role.AUTONOMY_TEAM_OPERATOR));
	}
}
