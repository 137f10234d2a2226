package it.casa.monitoring;

import static it.casa.platform.PersonalDataRegister.DataSubject.HOUSEHOLD_MEMBER;
import static it.casa.platform.PersonalDataRegister.RetentionClass.DERIVED;
import static it.casa.platform.PersonalDataRegister.Store.DISTRICT;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import it.casa.platform.PersonalDataRegister;

/**
 * What monitoring keeps about people: no names, but one row of facts per case and per emergency, keyed by its id, is
 * pseudonymous personal data and must follow its source when a household's records are erased.
 */
@Configuration(proxyBeanMethods = false)
class MonitoringPersonalData {

	@Bean
	PersonalDataRegister monitoringPersonalDataRegister() {
		return PersonalDataRegister.of("monitoring")
			.personal(DISTRICT, "monitoring_request", HOUSEHOLD_MEMBER, "case_id", DERIVED,
					"The facts of each request the figures count: dates, situation, composition, status, grade")
			.personal(DISTRICT, "monitoring_interview", HOUSEHOLD_MEMBER, "case_id", DERIVED,
					"The day of each joint interview")
			.personal(DISTRICT, "monitoring_emergency", HOUSEHOLD_MEMBER, "emergency_id", DERIVED,
					"The facts of each emergency the figures count: reporter, problem, numbers of people")
			.build();
	}
}
