package it.casa.monitoring;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import it.casa.platform.PersonalDataRegister;

/**
 * What monitoring keeps about people: nothing. The facts its figures count are the sources' own tables, declared in
 * their registers (docs/adr/0016).
 */
@Configuration(proxyBeanMethods = false)
class MonitoringPersonalData {

	@Bean
	PersonalDataRegister monitoringPersonalDataRegister() {
		return PersonalDataRegister.of("monitoring").build();
	}
}
