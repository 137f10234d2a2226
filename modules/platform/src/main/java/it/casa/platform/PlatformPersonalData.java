package it.casa.platform;

import static it.casa.platform.PersonalDataRegister.DataSubject.HOUSEHOLD_MEMBER;
import static it.casa.platform.PersonalDataRegister.DataSubject.STAFF;
import static it.casa.platform.PersonalDataRegister.RetentionClass.ACCOUNT;
import static it.casa.platform.PersonalDataRegister.RetentionClass.DERIVED;
import static it.casa.platform.PersonalDataRegister.RetentionClass.LEGAL_EVIDENCE;
import static it.casa.platform.PersonalDataRegister.RetentionClass.SESSION;
import static it.casa.platform.PersonalDataRegister.Store.DISTRICT;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import it.casa.platform.PersonalDataRegister.PersonalRecord;

/** What the platform keeps about people: sign-ins, the staff directory and the audit trail. */
@Configuration(proxyBeanMethods = false)
class PlatformPersonalData {

	@Bean
	PersonalDataRegister platformPersonalDataRegister() {
		return PersonalDataRegister.of("platform")
			.none(DISTRICT, "tenant", "The municipalities and their modules")
			.none(DISTRICT, "organisation", "Partner organisations: legal entities, their agreements' dates")
			.none(DISTRICT, "event_publication", "Events carry tenants, ids, codes and times only (ADR 0003, 0009)")
			.none(DISTRICT, "event_publication_archive", "Completed events: tenants, ids, codes and times only")
			.none(DISTRICT, "oauth2_registered_client", "The embedded provider's clients (applications, not people)")
			.none(DISTRICT, "signing_key", "The embedded provider's signing keys")
			.none(DISTRICT, "demo_data_load", "Which modules' invented demo data the database holds")
			.none(DISTRICT, "rule_set", "Rule sets' vocabularies (ADR 0022): facts and outcomes, no household")
			.none(DISTRICT, "rule_version", "Rules' versions and the acts that adopted them")
			.personal(DISTRICT, "scheduled_tasks", HOUSEHOLD_MEMBER, "task_instance", DERIVED,
					"Jobs waiting to run for a record (ADR 0023): its municipality and id, removed once run")
			.personal(DISTRICT, "oauth2_authorization", STAFF, "principal_name", SESSION,
					"The embedded provider's codes and tokens of a sign-in")
			.personal(DISTRICT, "oauth2_authorization_consent", STAFF, "principal_name", SESSION,
					"The embedded provider's consents (none asked: always empty)")
			.personal(DISTRICT, "spring_session", STAFF, "principal_name", SESSION, "Browser sessions")
			.personal(DISTRICT, "spring_session_attributes", STAFF, "session_primary_id", SESSION,
					"A session's security context: the user's claims")
			.personal(DISTRICT, "staff_member", STAFF, "user_id", ACCOUNT,
					"Everyone who opened CASA: name, roles, municipality, organisation, last seen")
			.personal(new PersonalRecord(DISTRICT, "audit_event", Map.of(STAFF, "actor", HOUSEHOLD_MEMBER, "record_id"),
					LEGAL_EVIDENCE, false, "Who accessed which record, when and why: ids only, never names"))
			.build();
	}
}
