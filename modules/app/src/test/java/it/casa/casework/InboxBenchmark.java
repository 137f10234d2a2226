package it.casa.casework;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import it.casa.ApiClient;
import it.casa.CasaTestUsers;
import it.casa.platform.Tenant;
import it.casa.platform.TenantContext;
import it.casa.platform.TenantDirectory;
import it.casa.platform.database.ConnectionSettings;

/**
 * Not a test: times the inbox on 9 municipalities x 20,000 requests and prints p50/p95. Run it with
 * {@code ./mvnw -pl modules/app -am -Pbench test} (surefire's default includes never pick up a *Benchmark).
 * <p>
 * The district read model is filled directly with SQL, each municipality's rows written as that municipality's role
 * (as the projection does), with a realistic mix: 70% open, grades spread, a third with an eviction date, requests
 * over three years, names drawn from 60 family names. Every timed call goes through the whole API (security, tenant
 * filter, service, SQL, JSON) as an agency operator.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InboxBenchmark {

	static final int REQUESTS_PER_MUNICIPALITY = 20_000;

	static final int WARM_UP = 30;

	static final int RUNS = 200;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantDirectory tenants;

	@Autowired
	ConnectionSettings connections;

	@Test
	void inboxQueryTimes() throws Exception {
		List<Tenant> municipalities = tenants.activeMunicipalities();
		long seeding = System.nanoTime();
		for (Tenant municipality : municipalities) {
			TenantContext.runAs(municipality.id(), () -> seed(municipality));
		}
		try (Connection owner = connections.openDedicatedConnection(); Statement statement = owner.createStatement()) {
			statement.execute("VACUUM ANALYZE district.casework_inbox");
			statement.execute("VACUUM ANALYZE district.casework_person_index");
		}
		long rows = jdbc.queryForObject("SELECT count(*) FROM district.casework_inbox", Long.class);
		report("seeded %d requests in %d municipalities in %d ms".formatted(rows, municipalities.size(),
				(System.nanoTime() - seeding) / 1_000_000));

		ApiClient client = new ApiClient(mvc);
		ApiClient.As district = client.as(CasaTestUsers.agencyOperator(), null);
		ApiClient.As inMelegnano = client.as(CasaTestUsers.agencyOperator(), "melegnano");
		Map<String, Timed> scenarios = new LinkedHashMap<>();
		scenarios.put("district, first page (20), most urgent first", () -> district.get("/api/casework/inbox"));
		scenarios.put("district, page 50", () -> district.get("/api/casework/inbox?page=50"));
		scenarios.put("district, grade 4 only", () -> district.get("/api/casework/inbox?grade=4"));
		scenarios.put("district, one municipality, untriaged", () -> district.get("/api/casework/inbox?municipality=dresano&grade=0"));
		scenarios.put("district, assigned operator, older than 30 days",
				() -> district.get("/api/casework/inbox?assignee=operatore-7&minAgeDays=30"));
		scenarios.put("district, name search (family name)", () -> district.get("/api/casework/inbox?q=brambilla"));
		scenarios.put("district, name search (two partial words)", () -> district.get("/api/casework/inbox?q=ross giu"));
		scenarios.put("district, closed requests", () -> district.get("/api/casework/inbox?status=CLOSED"));
		scenarios.put("one municipality, first page", () -> inMelegnano.get("/api/casework/inbox"));
		scenarios.put("one municipality, name search", () -> inMelegnano.get("/api/casework/inbox?q=colombo"));
		for (var scenario : scenarios.entrySet()) {
			for (int i = 0; i < WARM_UP; i++) {
				scenario.getValue().call().andExpect(status().isOk());
			}
			long[] times = new long[RUNS];
			for (int i = 0; i < RUNS; i++) {
				long start = System.nanoTime();
				scenario.getValue().call().andExpect(status().isOk());
				times[i] = System.nanoTime() - start;
			}
			Arrays.sort(times);
			report("%-50s p50 %6.1f ms   p95 %6.1f ms".formatted(scenario.getKey(), times[RUNS / 2] / 1e6,
					times[(int) (RUNS * 0.95)] / 1e6));
		}
	}

	private void seed(Tenant municipality) {
		jdbc.update("""
				INSERT INTO district.casework_inbox (case_id, tenant_id, household_id, reference_person, household_size,
				       search_text, status, grade, eviction_date, filed_at, filed_by, housing_situation, assignee_user_id,
				       action_owner_ids, source_read_at)
				SELECT gen_random_uuid(), ?, gen_random_uuid(), initcap(f.name) || ' ' || initcap(g.name), 1 + n % 5,
				       f.name || ' ' || g.name || ' ' || f2.name || ' ' || g2.name,
				       s.status,
				       CASE WHEN s.status = 'REQUESTED' THEN NULL ELSE 1 + (n * 7) % 4 END,
				       CASE WHEN n % 3 = 0 THEN current_date + (n % 200) - 20 END,
				       now() - make_interval(mins => (n * 37) % (3 * 365 * 24 * 60)),
				       CASE WHEN n % 4 = 0 THEN 'AGENCY' ELSE 'MUNICIPALITY' END,
				       'EVICTION_IN_PROGRESS',
				       CASE WHEN s.status <> 'REQUESTED' THEN 'operatore-' || (n % 12) END,
				       CASE WHEN n % 10 = 0 THEN ARRAY['cooperativa-' || (n % 5)] ELSE '{}' END,
				       now()
				FROM generate_series(1, ?) AS n
				CROSS JOIN LATERAL (SELECT (ARRAY['rossi','russo','ferrari','esposito','bianchi','romano','colombo',
				        'ricci','marino','greco','bruno','gallo','conti','de luca','mancini','costa','giordano','rizzo',
				        'lombardi','moretti','barbieri','fontana','santoro','mariani','rinaldi','caruso','ferrara','galli',
				        'martini','leone','longo','gentile','martinelli','vitale','lombardo','serra','coppola','de santis',
				        'd angelo','marchetti','parisi','villa','conte','ferraro','ferri','fabbri','bianco','marini',
				        'grasso','valentini','messina','sala','de angelis','gatti','pellegrini','palumbo','sanna',
				        'farina','rizzi','brambilla'])[1 + (n * 13) % 60] AS name) f
				CROSS JOIN LATERAL (SELECT (ARRAY['giulia','marco','sara','luca','anna','giuseppe','francesca',
				        'mohamed','fatima','andrea','elena','ion','maria','paolo','chiara','ahmed','alessandro','laura',
				        'giovanni','martina'])[1 + (n * 7) % 20] AS name) g
				CROSS JOIN LATERAL (SELECT (ARRAY['rossi','bianchi','el amrani','popescu','colombo','ferrari'])[1 + n % 6] AS name) f2
				CROSS JOIN LATERAL (SELECT (ARRAY['luca','sara','amina','matteo','sofia','yassine'])[1 + (n * 3) % 6] AS name) g2
				CROSS JOIN LATERAL (SELECT (ARRAY['REQUESTED','REQUESTED','REQUESTED','TRIAGED','TRIAGED','TRIAGED',
				        'TRIAGED','IN_PROGRESS','IN_PROGRESS','IN_PROGRESS','IN_PROGRESS','IN_PROGRESS','IN_PROGRESS',
				        'IN_PROGRESS','CLOSED','CLOSED','CLOSED','CLOSED','REJECTED','REJECTED'])[1 + (n * 11) % 20] AS status) s""",
				municipality.id().value(), REQUESTS_PER_MUNICIPALITY);
		jdbc.update("""
				INSERT INTO district.casework_person_index (case_id, tenant_id, fiscal_code_hash)
				SELECT case_id, tenant_id, md5(case_id::text) FROM district.casework_inbox WHERE tenant_id = ?""",
				municipality.id().value());
	}

	private static void report(String line) {
		// A benchmark's output is its figures; the test log would bury them.
		System.out.println("[inbox-benchmark] " + line);
	}

	@FunctionalInterface
	interface Timed {

		org.springframework.test.web.servlet.ResultActions call() throws Exception;
	}
}
