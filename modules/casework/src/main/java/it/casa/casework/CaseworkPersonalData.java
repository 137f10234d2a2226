package it.casa.casework;

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

/**
 * What case work keeps about people: the household's social file, and the district's copies for the inbox and for the
 * figures (no names there, but one row per case, keyed by its id: pseudonymous, it follows its source).
 */
@Configuration(proxyBeanMethods = false)
class CaseworkPersonalData {

	@Bean
	PersonalDataRegister caseworkPersonalDataRegister() {
		return PersonalDataRegister.of("casework")
			.personal(MUNICIPALITY, "household", HOUSEHOLD_MEMBER, "id", CASE_RECORD,
					"A household and its composition's version")
			.special(MUNICIPALITY, "household_member", HOUSEHOLD_MEMBER, "household_id", CASE_RECORD,
					"Each person: names, birth date, sex, fiscal code, relationship, disability, minors")
			.personal(MUNICIPALITY, "household_contact", HOUSEHOLD_MEMBER, "household_id", CASE_RECORD,
					"The household's phones and e-mail addresses")
			.personal(MUNICIPALITY, "household_address", HOUSEHOLD_MEMBER, "household_id", CASE_RECORD,
					"The household's addresses")
			.personal(new PersonalRecord(MUNICIPALITY, "case_file", Map.of(HOUSEHOLD_MEMBER, "id", STAFF,
					"filed_by_user_id"), CASE_RECORD, true,
					"The activation request: housing situation, eviction dates, incomes, work, social network, grade"))
			.personal(MUNICIPALITY, "household_consent", HOUSEHOLD_MEMBER, "household_id", CASE_RECORD,
					"That a household gave a consent to sharing its data (docs/adr/0020)")
			.personal(MUNICIPALITY, "household_consent_scope", HOUSEHOLD_MEMBER, "household_id", CASE_RECORD,
					"What the household consented to share, with whom, from when until when, withdrawn when")
			.personal(new PersonalRecord(MUNICIPALITY, "household_consent_change", Map.of(HOUSEHOLD_MEMBER,
					"household_id", STAFF, "changed_by_user_id"), CASE_RECORD, false,
					"Every consent given, renewed, withdrawn (with the reason) or reminded, and who recorded it"))
			.personal(record("case_status_change", "changed_by_user_id", false,
					"The case's status history, with the reasons given"))
			.personal(record("case_grade_decision", "decided_by_user_id", true,
					"Each triage: the checklist (violence, proceedings, health, minors) and the grade"))
			.personal(record("case_closure", "closed_by_user_id", false, "Closures and restitution meetings"))
			.personal(record("joint_interview", "scheduled_by_user_id", false,
					"Joint interviews: when, where, outcome"))
			.personal(MUNICIPALITY, "joint_interview_participant", HOUSEHOLD_MEMBER, "interview_id", CASE_RECORD,
					"Who takes part in an interview (roles, not names of household members)")
			.personal(record("individual_project", "agreed_by_user_id", true,
					"The individual project: ways and times"))
			.personal(MUNICIPALITY, "project_goal", HOUSEHOLD_MEMBER, "case_id", CASE_RECORD, "The project's goals")
			.personal(record("project_action", "owner_user_id", false, "The project's actions and who owns them"))
			.personal(record("project_revision", "changed_by_user_id", true, "Every agreed version of the project"))
			.personal(record("case_note", "author_user_id", true, "Shared notes of the municipality and the agency"))
			.personal(MUNICIPALITY, "case_timeline_entry", HOUSEHOLD_MEMBER, "case_id", CASE_RECORD,
					"Other modules' entries on the case's timeline: codes, dates, amounts; no names")
			.personal(new PersonalRecord(DISTRICT, "casework_inbox", Map.of(HOUSEHOLD_MEMBER, "case_id", STAFF,
					"assignee_user_id"), DERIVED, false,
					"The district inbox's copy of every open case: names for the search, urgency, assignee"))
			.personal(DISTRICT, "casework_consent", HOUSEHOLD_MEMBER, "household_id", DERIVED,
					"The copy of each household's consent the checks read: scope and last day in force")
			.personal(DISTRICT, "casework_person_index", HOUSEHOLD_MEMBER, "case_id", DERIVED,
					"Keyed hashes of fiscal codes, to spot the same person in two municipalities")
			.personal(DISTRICT, "monitoring_request", HOUSEHOLD_MEMBER, "case_id", DERIVED,
					"The facts of each request the figures count: dates, situation, composition, status, grade")
			.personal(DISTRICT, "monitoring_interview", HOUSEHOLD_MEMBER, "case_id", DERIVED,
					"The day of each joint interview")
			.build();
	}

	/** A part of a case's social file (found by its {@code case_id}), and the staff member who did it. */
	private static PersonalRecord record(String table, String staffColumn, boolean specialCategories, String holds) {
		return new PersonalRecord(MUNICIPALITY, table, Map.of(HOUSEHOLD_MEMBER, "case_id", STAFF, staffColumn),
				CASE_RECORD, specialCategories, holds);
	}
}
