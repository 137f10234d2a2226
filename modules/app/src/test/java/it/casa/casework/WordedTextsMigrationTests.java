package it.casa.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import it.casa.platform.database.ConnectionSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The texts CASA wrote into records in Italian (or English) become codes with parameters (changeset
 * casework-worded-texts, docs/adr/0021): a scratch schema is filled as the older code filled it, then migrated.
 */
@SpringBootTest
class WordedTextsMigrationTests {

	/** The changesets of case work's changelog before the texts became codes. */
	static final int CHANGESETS_BEFORE = 8;

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	ConnectionSettings database;

	@Test
	void referralTextsAndRevisionSummariesBecomeCodesWithTheirFacts() throws Exception {
		String schema = "worded_migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		UUID household = UUID.randomUUID();
		UUID referred = UUID.randomUUID();
		UUID other = UUID.randomUUID();
		try (Connection connection = database.openDedicatedConnection()) {
			ScratchSchema.execute(connection, "CREATE SCHEMA " + schema);
			try {
				ScratchSchema.migrate(connection, schema, CHANGESETS_BEFORE);
				ScratchSchema.execute(connection, "SET search_path TO " + schema);
				ScratchSchema.execute(connection, """
						INSERT INTO household (id, version, created_at, created_by, updated_at, updated_by)
						VALUES ('%s', 0, now(), 'x', now(), 'x')""".formatted(household));
				// given: a case the emergency service handed over, as the hand-over wrote it
				fileCase(connection, referred, household, "emergency",
						"Passaggio dal Pronto Intervento Sociale: incendio abitazione, chiamata del 20/11/2026 alle 22:30, "
								+ "luogo: Via dei Tigli 1. Persone coinvolte: 2, di cui minori: 1; componenti fragili. "
								+ "Sistemazione: albergo fino al 23/11/2026.",
						"Pronto Intervento Sociale: incendio abitazione");
				ScratchSchema.execute(connection, """
						INSERT INTO case_status_change (case_id, list_index, from_status, to_status, transition, reason,
						  changed_at, changed_by_user_id, changed_by_name)
						VALUES ('%s', 0, 'REQUESTED', 'TRIAGED', 'TRIAGE',
						  'Passaggio dal Pronto Intervento Sociale: grado 4 d''ufficio', now(), 'x', 'x')""".formatted(referred));
				// and a case an operator filed, whose typed texts stay as typed
				fileCase(connection, other, household, null, "Due minori; udienza tra una settimana",
						"Pronto Intervento Sociale: detto dall'operatrice");
				ScratchSchema.execute(connection, """
						INSERT INTO case_status_change (case_id, list_index, from_status, to_status, transition, reason,
						  changed_at, changed_by_user_id, changed_by_name)
						VALUES ('%s', 0, 'REQUESTED', 'REJECTED', 'REJECT', 'Fuori ambito', now(), 'x', 'x');
						INSERT INTO individual_project (case_id, version, revision, ways_and_times, agreed_at,
						  agreed_by_user_id, agreed_by_name, last_changed_at, last_changed_by_user_id, last_changed_by_name)
						VALUES ('%1$s', 1, 2, '', now(), 'x', 'x', now(), 'x', 'x');
						INSERT INTO project_revision (case_id, revision, changed_at, changed_by_user_id, changed_by_name,
						  organisation, summary, content)
						VALUES ('%1$s', 1, now(), 'x', 'x', 'AGENCY', 'project agreed', '{}'),
						       ('%1$s', 2, now(), 'x', 'x', 'MUNICIPALITY',
						        '1 goal(s) added, 2 action(s) changed, 1 action(s) removed, ways and times changed', '{}'),
						       ('%1$s', 3, now(), 'x', 'x', 'MUNICIPALITY', 'no change', '{}')""".formatted(other));

				ScratchSchema.migrate(connection, schema, null);
				ScratchSchema.execute(connection, "SET search_path TO " + schema);

				Map<String, List<Object>> cases = ScratchSchema.rows(connection, """
						SELECT id::text, urgency_facts, urgency_facts_wording, housing_situation_description,
						       housing_description_wording FROM case_file""");
				List<Object> handedOver = cases.get(referred.toString());
				assertThat(handedOver.get(0)).isNull();
				assertThat(json(handedOver.get(1))).isEqualTo(json("""
						{"code": "referral.emergency.urgency", "parameters": {"problem": "HOUSE_FIRE",
						 "calledAt": "2026-11-20T21:30:00Z", "place": "Via dei Tigli 1", "people": "2", "minors": "1",
						 "fragile": "true", "measure": "HOTEL", "measureUntil": "2026-11-23"}}"""));
				assertThat(handedOver.get(2)).isNull();
				assertThat(json(handedOver.get(3)))
					.isEqualTo(json("{\"code\": \"referral.emergency.problem\", \"parameters\": {\"problem\": \"HOUSE_FIRE\"}}"));
				assertThat(cases.get(other.toString())).containsExactly("Due minori; udienza tra una settimana", null,
						"Pronto Intervento Sociale: detto dall'operatrice", null);

				Map<String, List<Object>> reasons = ScratchSchema.rows(connection,
						"SELECT case_id::text, reason, reason_wording FROM case_status_change");
				assertThat(reasons.get(referred.toString()).get(0)).isNull();
				assertThat(json(reasons.get(referred.toString()).get(1)))
					.isEqualTo(json("{\"code\": \"referral.emergency.triage\", \"parameters\": {}}"));
				assertThat(reasons.get(other.toString())).containsExactly("Fuori ambito", null);

				Map<String, List<Object>> summaries = ScratchSchema.rows(connection,
						"SELECT revision::text, summary_wording FROM project_revision ORDER BY revision");
				assertThat(json(summaries.get("1").get(0))).isEqualTo(json("{\"code\": \"project.agreed\", \"parameters\": {}}"));
				assertThat(json(summaries.get("2").get(0))).isEqualTo(json("""
						{"code": "project.revised", "parameters": {"goalsAdded": "1", "actionsChanged": "2",
						 "actionsRemoved": "1", "waysAndTimes": "changed"}}"""));
				assertThat(json(summaries.get("3").get(0))).isEqualTo(json("{\"code\": \"project.revised\", \"parameters\": {}}"));
			}
			finally {
				ScratchSchema.execute(connection, "DROP SCHEMA " + schema + " CASCADE");
			}
		}
	}

	private static void fileCase(Connection connection, UUID id, UUID household, String originModule,
			String urgencyFacts, String description) throws Exception {
		ScratchSchema.execute(connection, """
				INSERT INTO case_file (id, version, household_id, status, filed_at, requested_on, filed_by, filed_by_user_id,
				  filed_by_user_name, housing_situation, housing_situation_description, urgency_facts, composition,
				  project_agreed, updated_at, updated_by, origin_module, origin_id)
				VALUES ('%s', 0, '%s', 'TRIAGED', now(), current_date, 'AGENCY', 'x', 'x', 'OTHER', '%s', '%s',
				  'SINGLE_ADULT', false, now(), 'x', %s, %s)""".formatted(id, household, description.replace("'", "''"),
				urgencyFacts.replace("'", "''"), originModule == null ? "NULL" : "'" + originModule + "'",
				originModule == null ? "NULL" : "gen_random_uuid()"));
	}

	private static JsonNode json(Object text) {
		return JSON.readTree(String.valueOf(text));
	}
}
