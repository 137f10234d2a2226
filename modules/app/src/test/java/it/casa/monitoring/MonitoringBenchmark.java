package it.casa.monitoring;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import it.casa.CasaTestUsers;
import it.casa.platform.Tenant;
import it.casa.platform.TenantDirectory;
import it.casa.platform.database.ConnectionSettings;

/**
 * Not a test: times the dashboard's figures on 9 municipalities x 100,000 requests, then on 100 municipalities x
 * 100,000, and prints p50/p95 next to the same figures computed by one plain SQL query over a single table holding
 * every row (the practical lower bound), and the ratio. Run it with {@code ./mvnw -pl modules/app -am -Pbench test
 * -Dtest=MonitoringBenchmark -Dskip.npm} (surefire's default includes never pick up a *Benchmark).
 * <p>
 * The facts are written straight into {@code district.monitoring_request} with SQL (what case work's projection would
 * have written after 10 million activation requests): requests over three years (2023-2025) in date order, most
 * older cases closed and most recent ones open, a mix of grades, situations and compositions, triage 0-30 days and
 * closure one month or more after the request. The
 * dashboard is timed through the whole API (security, tenant filter, service, district-role connection, its queries,
 * JSON) as an agency operator; the lower bound is one statement on a plain copy of the table (same rows, same columns
 * and indexes, no row-level security) over a dedicated connection, computing the same counts, durations and
 * households in care with grouping sets. Both get the same memory for sorts.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MonitoringBenchmark {

	static final int REQUESTS_PER_MUNICIPALITY = 100_000;

	static final int LARGE_DISTRICT = 100;

	static final int WARM_UP = 2;

	/** Runs per scenario: fewer on the large district, where one run takes seconds. */
	static final int RUNS = 20;

	static final int RUNS_LARGE = 10;

	@Autowired
	MockMvc mvc;

	@Autowired
	TenantDirectory tenants;

	@Autowired
	ConnectionSettings connections;

	@Test
	void dashboardFiguresAgainstOnePlainQuery() throws Exception {
		List<Tenant> nine = tenants.activeMunicipalities();
		seed(nine.stream().map(tenant -> tenant.id().value()).toList());
		measure(nine.size() + " municipalities x " + REQUESTS_PER_MUNICIPALITY, nine.get(0).id().value(), RUNS, true);

		List<String> added = new ArrayList<>();
		long provisioning = System.nanoTime();
		for (int i = nine.size() + 1; i <= LARGE_DISTRICT; i++) {
			String id = "comune-bench-" + i;
			mvc.perform(MockMvcRequestBuilders.post("/api/platform/tenants")
				.with(CasaTestUsers.agencyAdmin())
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"id\": \"%s\", \"name\": \"Comune di prova %d\", \"modules\": [\"casework\", \"monitoring\"]}"
					.formatted(id, i)))
				.andReturn();
			added.add(id);
		}
		report("registered %d more municipalities in %d s".formatted(added.size(),
				(System.nanoTime() - provisioning) / 1_000_000_000));
		seed(added);
		measure(tenants.activeMunicipalities().size() + " municipalities x " + REQUESTS_PER_MUNICIPALITY,
				nine.get(0).id().value(), RUNS_LARGE, false);
	}

	private void measure(String label, String oneMunicipality, int runs, boolean allYears) throws Exception {
		copyToFlatTable();
		Map<String, Scenario> scenarios = new LinkedHashMap<>();
		scenarios.put("district, two months (Apr-May 2025)", new Scenario(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 31), null));
		scenarios.put("district, one year (2025)", new Scenario(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), null));
		if (allYears) {
			scenarios.put("district, three years (2023-2025)", new Scenario(LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31), null));
		}
		scenarios.put("one municipality, one year", new Scenario(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), oneMunicipality));
		report("== " + label + " (" + runs + " runs each after " + WARM_UP + " warm-up runs)");
		report("%-38s %21s %21s %8s".formatted("scenario", "dashboard p50 / p95", "one query p50 / p95", "ratio"));
		try (Connection owner = connections.openDedicatedConnection()) {
			try (Statement settings = owner.createStatement()) {
				// As the dashboard's own read (RequestFigureQueries.WORK_MEM): the same memory for sorts.
				settings.execute("SET work_mem = '64MB'");
			}
			for (var entry : scenarios.entrySet()) {
				Scenario scenario = entry.getValue();
				long[] dashboard = time(() -> dashboard(scenario), runs);
				long[] lowerBound = time(() -> lowerBound(owner, scenario), runs);
				report("%-38s %9.1f / %7.1f ms %9.1f / %7.1f ms %7.2fx".formatted(entry.getKey(), ms(dashboard[0]),
						ms(dashboard[1]), ms(lowerBound[0]), ms(lowerBound[1]), (double) dashboard[0] / lowerBound[0]));
			}
		}
	}

	private void dashboard(Scenario scenario) throws Exception {
		String query = "from=" + scenario.from() + "&to=" + scenario.to()
				+ (scenario.municipality() == null ? "" : "&municipality=" + scenario.municipality());
		int status = mvc.perform(MockMvcRequestBuilders.get("/api/monitoring/figures?" + query)
			.with(CasaTestUsers.agencyOperator())
			.accept(MediaType.APPLICATION_JSON)).andReturn().getResponse().getStatus();
		if (status != 200) {
			throw new IllegalStateException("figures answered " + status);
		}
	}

	/**
	 * The same figures in one statement over the plain table: requests of the period by municipality, situation,
	 * composition, status, grade, origin and month x municipality; durations overall and per municipality; the
	 * households still in care from before the period, by composition. The period is read twice from the index
	 * ({@code NOT MATERIALIZED}): a materialized CTE of every row of a long period spilled to disk and made this
	 * "lower bound" slower than the dashboard.
	 */
	private static void lowerBound(Connection connection, Scenario scenario) throws SQLException {
		String municipality = scenario.municipality() == null ? "" : " AND tenant_id = ?";
		try (PreparedStatement statement = connection.prepareStatement("""
				WITH period AS NOT MATERIALIZED (
				  SELECT tenant_id, requested_on, filed_by, housing_situation, composition, status, grade, ended_on,
				         first_triaged_on
				  FROM bench.monitoring_request_flat WHERE requested_on BETWEEN ? AND ?%1$s),
				earlier AS (
				  SELECT composition FROM bench.monitoring_request_flat
				  WHERE requested_on < ? AND (ended_on IS NULL OR ended_on >= ?)%1$s)
				SELECT 'counts' AS part, tenant_id, housing_situation, composition, status, grade, filed_by, month,
				       count(*) AS n, NULL::float8 AS triage_median, NULL::float8 AS triage_p90, NULL::float8 AS triage_avg,
				       NULL::float8 AS closure_median, NULL::float8 AS closure_p90, NULL::float8 AS closure_avg
				FROM (SELECT *, date_trunc('month', requested_on) AS month FROM period) p
				GROUP BY GROUPING SETS ((tenant_id), (housing_situation), (composition), (status), (grade), (filed_by),
				                        (month, tenant_id), ())
				UNION ALL
				SELECT 'durations', tenant_id, NULL, NULL, NULL, NULL, NULL, NULL, count(first_triaged_on),
				       percentile_cont(0.5) WITHIN GROUP (ORDER BY first_triaged_on - requested_on),
				       percentile_cont(0.9) WITHIN GROUP (ORDER BY first_triaged_on - requested_on),
				       avg(first_triaged_on - requested_on),
				       percentile_cont(0.5) WITHIN GROUP (ORDER BY ended_on - requested_on) FILTER (WHERE status = 'CLOSED'),
				       percentile_cont(0.9) WITHIN GROUP (ORDER BY ended_on - requested_on) FILTER (WHERE status = 'CLOSED'),
				       avg(ended_on - requested_on) FILTER (WHERE status = 'CLOSED')
				FROM period GROUP BY GROUPING SETS ((tenant_id), ())
				UNION ALL
				SELECT 'in care', NULL, NULL, composition, NULL, NULL, NULL, NULL, count(*), NULL, NULL, NULL, NULL, NULL, NULL
				FROM earlier GROUP BY GROUPING SETS ((composition), ())""".formatted(municipality))) {
			int index = 1;
			statement.setObject(index++, scenario.from());
			statement.setObject(index++, scenario.to());
			if (scenario.municipality() != null) {
				statement.setString(index++, scenario.municipality());
			}
			statement.setObject(index++, scenario.from());
			statement.setObject(index++, scenario.from());
			if (scenario.municipality() != null) {
				statement.setString(index++, scenario.municipality());
			}
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					rows.getLong("n");
				}
			}
		}
	}

	private long[] time(Timed work, int runs) throws Exception {
		for (int i = 0; i < WARM_UP; i++) {
			work.run();
		}
		long[] times = new long[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			work.run();
			times[i] = System.nanoTime() - start;
		}
		Arrays.sort(times);
		return new long[] { times[runs / 2], times[(int) Math.ceil(runs * 0.95) - 1] };
	}

	/** 100,000 requests per municipality, as the owner (row-level security does not apply to it). */
	private void seed(List<String> municipalities) throws SQLException {
		long start = System.nanoTime();
		try (Connection owner = connections.openDedicatedConnection(); Statement statement = owner.createStatement()) {
			for (String municipality : municipalities) {
				// Requests arrive in date order; older cases are mostly closed, recent ones mostly open.
				statement.execute("""
						INSERT INTO district.monitoring_request (case_id, tenant_id, requested_on, filed_by,
						       housing_situation, composition, status, grade, ended_on, state_at, first_triaged_at,
						       first_triaged_on)
						SELECT gen_random_uuid(), '%s', requested_on,
						       CASE WHEN n %% 5 = 0 THEN 'AGENCY' ELSE 'MUNICIPALITY' END,
						       (ARRAY['LEASE_NOT_RENEWED','LEASE_NOT_RENEWED','LEASE_NOT_RENEWED','EVICTION_IN_PROGRESS',
						              'EVICTION_IN_PROGRESS','STABLE_BUT_PROVISIONAL','END_OF_TEMPORARY_RECEPTION',
						              'RENT_NOT_SUSTAINABLE','LEAVING_FOR_OTHER_REASONS','OTHER'])[1 + (n * 7) %% 10],
						       (ARRAY['PARENTAL_COUPLE_WITH_MINOR_CHILDREN','PARENTAL_COUPLE_WITH_MINOR_CHILDREN',
						              'SINGLE_MOTHER_WITH_MINOR_CHILDREN','SINGLE_ADULT','SINGLE_ADULT',
						              'MOTHER_WITH_NEWLY_ADULT_CHILD','ADULT_WITH_ADULT_OVER_65',
						              'PARENTAL_COUPLE_WITH_MINOR_CHILDREN_AND_ADULT_OVER_65','OTHER'])[1 + (n * 11) %% 9],
						       status, CASE WHEN status = 'REQUESTED' THEN NULL ELSE 1 + (n * 13) %% 4 END,
						       CASE WHEN status = 'CLOSED' THEN requested_on + 30 + (n * 17) %% least(greatest(age - 29, 1), 365)
						            WHEN status = 'REJECTED' THEN requested_on + (n %% 20) %% greatest(age, 1) END,
						       now(),
						       CASE WHEN status IN ('TRIAGED', 'IN_PROGRESS', 'CLOSED') THEN now() END,
						       CASE WHEN status IN ('TRIAGED', 'IN_PROGRESS', 'CLOSED')
						            THEN requested_on + least((n * 3) %% 31, age) END
						FROM (SELECT n, requested_on, date '2025-12-31' - requested_on AS age,
						             CASE WHEN date '2025-12-31' - requested_on < 30 THEN
						                       (ARRAY['REQUESTED','REQUESTED','TRIAGED','TRIAGED','IN_PROGRESS'])[1 + (n * 23) %% 5]
						                  WHEN date '2025-12-31' - requested_on < 365 THEN
						                       (ARRAY['TRIAGED','IN_PROGRESS','IN_PROGRESS','IN_PROGRESS','IN_PROGRESS',
						                              'CLOSED','CLOSED','CLOSED','CLOSED','REJECTED'])[1 + (n * 23) %% 10]
						                  ELSE (ARRAY['IN_PROGRESS','CLOSED','CLOSED','CLOSED','CLOSED','CLOSED','CLOSED',
						                              'CLOSED','CLOSED','CLOSED','CLOSED','REJECTED'])[1 + (n * 23) %% 12] END AS status
						      FROM (SELECT n, date '2023-01-01' + ((n * 7919) %% 1095) AS requested_on
						            FROM generate_series(1, %d) AS n) requests) facts
						ORDER BY requested_on""".formatted(municipality, REQUESTS_PER_MUNICIPALITY));
			}
			statement.execute("VACUUM ANALYZE district.monitoring_request");
		}
		report("seeded %d municipalities x %d requests in %d s".formatted(municipalities.size(),
				REQUESTS_PER_MUNICIPALITY, (System.nanoTime() - start) / 1_000_000_000));
	}

	/** The lower bound's table: the same rows, plain, with the same indexes as the fact table. */
	private void copyToFlatTable() throws SQLException {
		try (Connection owner = connections.openDedicatedConnection(); Statement statement = owner.createStatement()) {
			statement.execute("CREATE SCHEMA IF NOT EXISTS bench");
			statement.execute("DROP TABLE IF EXISTS bench.monitoring_request_flat");
			statement.execute("""
					CREATE TABLE bench.monitoring_request_flat AS
					SELECT case_id, tenant_id, requested_on, filed_by, housing_situation, composition, status, grade,
					       ended_on, first_triaged_on
					FROM district.monitoring_request""");
			// The same indexes as the fact table's (district/monitoring.sql): the comparison is of everything else.
			statement.execute("""
					CREATE INDEX ON bench.monitoring_request_flat (requested_on)
					  INCLUDE (tenant_id, housing_situation, composition, status, grade, filed_by, ended_on, first_triaged_on)""");
			statement.execute("""
					CREATE INDEX ON bench.monitoring_request_flat (tenant_id, requested_on)
					  INCLUDE (housing_situation, composition, status, grade, filed_by, ended_on, first_triaged_on)""");
			statement.execute("""
					CREATE INDEX ON bench.monitoring_request_flat (tenant_id, ended_on)
					  INCLUDE (requested_on, composition, grade)""");
			statement.execute("VACUUM ANALYZE bench.monitoring_request_flat");
		}
	}

	private static double ms(long nanos) {
		return nanos / 1e6;
	}

	private static void report(String line) {
		// A benchmark's output is its figures; the test log would bury them.
		System.out.println("[monitoring-benchmark] " + line);
	}

	record Scenario(LocalDate from, LocalDate to, String municipality) {
	}

	@FunctionalInterface
	interface Timed {

		void run() throws Exception;
	}
}
