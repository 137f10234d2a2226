package it.casa.emergency;

import static it.casa.platform.PersonalDataRegister.DataSubject.HOUSEHOLD_MEMBER;
import static it.casa.platform.PersonalDataRegister.DataSubject.STAFF;
import static it.casa.platform.PersonalDataRegister.RetentionClass.CASE_RECORD;
import static it.casa.platform.PersonalDataRegister.RetentionClass.DERIVED;
import static it.casa.platform.PersonalDataRegister.Store.DISTRICT;
import static it.casa.platform.PersonalDataRegister.Store.MUNICIPALITY;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import it.casa.platform.PersonalDataRegister;
import it.casa.platform.PersonalDataRegister.PersonalRecord;

/** What emergency keeps about people: each intervention of the social emergency service, and the district overview. */
@Configuration(proxyBeanMethods = false)
class EmergencyPersonalData {

	@Bean
	PersonalDataRegister emergencyPersonalDataRegister() {
		return PersonalDataRegister.of("emergency")
			.personal(new PersonalRecord(MUNICIPALITY, "emergency", Map.of(HOUSEHOLD_MEMBER, "id", STAFF,
					"reported_by_user_id"), CASE_RECORD, true,
					"The call: problem (violence, minors), place, contact phone, consent, closure"))
			.special(MUNICIPALITY, "emergency_person", HOUSEHOLD_MEMBER, "emergency_id", CASE_RECORD,
					"The people involved: names, birth dates, sex, fiscal codes, role, minors")
			.personal(new PersonalRecord(MUNICIPALITY, "emergency_measure", Map.of(HOUSEHOLD_MEMBER, "emergency_id",
					STAFF, "recorded_by_user_id"), CASE_RECORD, false, "Where the household was placed, and until when"))
			.personal(new PersonalRecord(MUNICIPALITY, "emergency_follow_up", Map.of(HOUSEHOLD_MEMBER, "emergency_id",
					STAFF, "done_by_user_id"), CASE_RECORD, false, "The follow-up checklist"))
			.personal(DISTRICT, "emergency_overview", HOUSEHOLD_MEMBER, "emergency_id", DERIVED,
					"The district list's copy of every emergency: categories, numbers, status; no names")
			.personal(DISTRICT, "monitoring_emergency", HOUSEHOLD_MEMBER, "emergency_id", DERIVED,
					"The facts of each emergency the figures count: reporter, problem, numbers of people")
			.build();
	}
}
