package it.casa.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import it.casa.platform.database.ConnectionSettings;

/**
 * The consents recorded before consent was enforced move to the households (changeset casework-household-consent): a
 * scratch schema is migrated up to the changeset before it, filled as the old code filled it, then migrated to the end.
 */
@SpringBootTest
class ConsentMigrationTests {

	/** The changesets of case work's changelog before the consents moved to the households. */
	static final int CHANGESETS_BEFORE = 7;

	@Autowired
	ConnectionSettings database;

	@Test
	void recordedConsentsBecomeTheHouseholdsWithTheirHistoryAndCopies() throws Exception {
		String schema = "consent_migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		UUID household = UUID.randomUUID();
		UUID firstCase = UUID.randomUUID();
		UUID secondCase = UUID.randomUUID();
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
		try (Connection connection = database.openDedicatedConnection()) {
			ScratchSchema.execute(connection, "CREATE SCHEMA " + schema);
			try {
				ScratchSchema.migrate(connection, schema, CHANGESETS_BEFORE);
				ScratchSchema.execute(connection, "SET search_path TO " + schema);
				// given: two requests of one household, as the old code kept their consents
				ScratchSchema.execute(connection, """
						INSERT INTO household (id, version, created_at, created_by, updated_at, updated_by)
						VALUES ('%s', 0, now(), 'x', now(), 'x')""".formatted(household));
				fileCase(connection, firstCase, household, LocalDate.of(2025, 4, 3), "2025-04-05T09:00:00Z",
						"CASE_WORK", "AUTONOMY_TEAM", "DISTRICT_SERVICES");
				fileCase(connection, secondCase, household, today.minusMonths(2), "2026-10-01T09:00:00Z", "CASE_WORK",
						"PARTNER_AGENCIES");
				ScratchSchema.execute(connection, """
						INSERT INTO individual_project (case_id, version, revision, ways_and_times, agreed_at,
						  agreed_by_user_id, agreed_by_name, last_changed_at, last_changed_by_user_id, last_changed_by_name)
						VALUES ('%1$s', 0, 1, '', now(), 'x', 'x', now(), 'x', 'x');
						INSERT INTO project_action (case_id, list_index, action_id, description, owner_kind, owner_user_id,
						  owner_name, status, last_changed_at, last_changed_by_user_id, last_changed_by_name)
						VALUES ('%1$s', 0, gen_random_uuid(), 'Coaching', 'AUTONOMY_TEAM_OPERATOR', 'equipe.cooperativa',
						  'Cooperativa', 'PLANNED', now(), 'x', 'x');
						INSERT INTO district.casework_inbox (case_id, tenant_id, household_id, reference_person,
						  household_size, search_text, status, filed_at, requested_on, filed_by, housing_situation, source_read_at,
						  db_role)
						VALUES ('%1$s', '%2$s', '%3$s', 'X', 1, 'x', 'IN_PROGRESS', now(), '2025-04-03', 'MUNICIPALITY',
						  'RENT_NOT_SUSTAINABLE', now(), 'casa_%2$s')""".formatted(firstCase, schema, household));

				// when
				ScratchSchema.migrate(connection, schema, null);

				// then: per scope the latest consent, the default length, at least 90 days from the migration
				Map<String, List<Object>> scopes = ScratchSchema.rows(connection, """
						SELECT scope, given_on, valid_until, withdrawn_at FROM %s.household_consent_scope
						WHERE household_id = ? ORDER BY scope""".formatted(schema), household);
				assertThat(scopes).containsOnlyKeys("CASE_WORK", "AUTONOMY_TEAM", "REAL_ESTATE_AGENCIES",
						"DISTRICT_SERVICES", "MICROCREDIT_FOUNDATION");
				LocalDate recent = today.minusMonths(2);
				assertThat(scopes.get("CASE_WORK")).containsExactly(recent, recent.plusMonths(12).minusDays(1), null);
				assertThat(scopes.get("REAL_ESTATE_AGENCIES")).containsExactly(recent, recent.plusMonths(12).minusDays(1),
						null);
				// given in April 2025, twelve months would have ended in April 2026: the operators get 90 days to renew
				assertThat(scopes.get("AUTONOMY_TEAM")).containsExactly(LocalDate.of(2025, 4, 3), today.plusDays(90), null);
				assertThat(scopes.get("MICROCREDIT_FOUNDATION")).isEqualTo(scopes.get("DISTRICT_SERVICES"));

				// every request's consent in the history, with its case, its filer and the day it was filed
				Map<String, List<Object>> history = ScratchSchema.rows(connection, """
						SELECT list_index || ' ' || kind || ' ' || scope, case_id, changed_by_user_id
						FROM %s.household_consent_change WHERE household_id = ? ORDER BY list_index""".formatted(schema),
						household);
				assertThat(history.keySet()).containsExactly("0 GIVEN AUTONOMY_TEAM", "1 GIVEN CASE_WORK",
						"2 GIVEN DISTRICT_SERVICES", "3 GIVEN MICROCREDIT_FOUNDATION", "4 RENEWED CASE_WORK",
						"5 GIVEN REAL_ESTATE_AGENCIES");
				assertThat(history.get("4 RENEWED CASE_WORK")).containsExactly(secondCase, "operatore");

				// the copy the checks read, as the municipality's role would have written it
				Map<String, List<Object>> copies = ScratchSchema.rows(connection, """
						SELECT scope, in_force_until, db_role FROM district.casework_consent WHERE household_id = ?""",
						household);
				assertThat(copies.get("AUTONOMY_TEAM")).containsExactly(today.plusDays(90), "casa_" + schema);
				assertThat(copies).hasSize(5);
				// the agency's list knows the case has an action of the team
				assertThat(ScratchSchema.rows(connection, "SELECT team_action_count::text FROM district.casework_inbox WHERE case_id = ?",
						firstCase)).containsOnlyKeys("1");
				// the requests no longer keep a consent of their own
				assertThat(ScratchSchema.rows(connection, """
						SELECT column_name FROM information_schema.columns
						WHERE table_schema = ? AND table_name = 'case_file' AND column_name LIKE 'consent%'""", schema))
					.isEmpty();
				assertThat(ScratchSchema.rows(connection, "SELECT to_regclass('" + schema + ".case_consent_scope')::text")).containsOnlyKeys(
						(String) null);
			}
			finally {
				ScratchSchema.execute(connection, "DELETE FROM district.casework_consent WHERE household_id = '" + household + "'");
				ScratchSchema.execute(connection, "DELETE FROM district.casework_inbox WHERE case_id = '" + firstCase + "'");
				ScratchSchema.execute(connection, "DROP SCHEMA " + schema + " CASCADE");
			}
		}
	}

	private static void fileCase(Connection connection, UUID id, UUID household, LocalDate consentGivenOn, String filedAt,
			String... scopes) throws SQLException {
		ScratchSchema.execute(connection, """
				INSERT INTO case_file (id, version, household_id, status, filed_at, requested_on, filed_by, filed_by_user_id,
				  filed_by_user_name, housing_situation, consent_given_on, composition, project_agreed, updated_at, updated_by)
				VALUES ('%s', 0, '%s', 'IN_PROGRESS', '%s', '%s', 'MUNICIPALITY', 'operatore', 'Operatrice',
				  'RENT_NOT_SUSTAINABLE', '%s', 'SINGLE_ADULT', true, now(), 'x')""".formatted(id, household, filedAt,
				consentGivenOn, consentGivenOn));
		for (String scope : scopes) {
			ScratchSchema.execute(connection, "INSERT INTO case_consent_scope (case_id, scope) VALUES ('" + id + "', '" + scope + "')");
		}
	}
}
