package it.casa.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import it.casa.platform.TenantContext;
import it.casa.platform.TenantId;

/**
 * The scheduler against the real database: a job runs once with two instances polling, survives the instance that
 * scheduled it stopping, runs in the municipality of its record, and commits or rolls back with the work that
 * scheduled it. Waits are on conditions (Awaitility), never fixed sleeps.
 */
@SpringBootTest
class JobSchedulerTests {

	static final TenantId MELEGNANO = TenantId.of("melegnano");

	static final TenantId SAN_DONATO = TenantId.of("san-donato-milanese");

	static final Duration PATIENCE = Duration.ofMinutes(2);

	@Autowired
	JobScheduler scheduler;

	@Autowired
	JobRunner runner;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	List<ScheduledJob> jobs;

	@Autowired
	List<RecurringJob> recurring;

	@Test
	void eachJobRunsOnceWithTwoInstancesPolling() {
		JobRunner second = secondInstance("second-instance");
		second.start();
		try {
			List<String> records = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				String record = unique();
				records.add(record);
				scheduler.schedule(ProbeJob.NAME, i % 2 == 0 ? MELEGNANO : SAN_DONATO, record, Instant.now());
			}

			// Both instances poll the table until every run is done (a done one-time run's row is deleted).
			await().atMost(PATIENCE).until(() -> records.stream().allMatch(ProbeJob.RUNS::containsKey)
					&& pendingRuns(records) == 0);
			assertThat(records).allSatisfy(record -> assertThat(ProbeJob.RUNS.get(record)).hasValue(1));
		}
		finally {
			second.stop();
		}
	}

	@Test
	void aJobScheduledBeforeTheInstanceStopsRunsOnceAfterItStartsAgain() {
		String record = unique();
		runner.stop();
		try {
			scheduler.schedule(ProbeJob.NAME, MELEGNANO, record, Instant.now().plusSeconds(1));
			assertThat(scheduler.scheduledAt(ProbeJob.NAME, MELEGNANO, record)).isPresent();
			assertThat(ProbeJob.RUNS).doesNotContainKey(record);
		}
		finally {
			// A new db-scheduler instance on the same table: what a restarted application starts.
			runner.start();
		}
		await().atMost(PATIENCE).until(() -> ProbeJob.RUNS.containsKey(record) && pendingRuns(List.of(record)) == 0);
		assertThat(ProbeJob.RUNS.get(record)).hasValue(1);
	}

	@Test
	void aJobRunsInTheMunicipalityOfItsRecord() {
		String melegnano = unique();
		String sanDonato = unique();
		String district = unique();
		scheduler.schedule(ProbeJob.NAME, MELEGNANO, melegnano, Instant.now());
		scheduler.schedule(ProbeJob.NAME, SAN_DONATO, sanDonato, Instant.now());
		scheduler.schedule(ProbeJob.NAME, null, district, Instant.now());

		await().atMost(PATIENCE).until(() -> ProbeJob.RUNS.keySet().containsAll(List.of(melegnano, sanDonato, district)));
		assertThat(ProbeJob.SCHEMAS.get(melegnano)).isEqualTo("tenant_melegnano");
		assertThat(ProbeJob.TENANTS.get(melegnano)).isEqualTo("melegnano");
		assertThat(ProbeJob.SCHEMAS.get(sanDonato)).isEqualTo("tenant_san_donato_milanese");
		assertThat(ProbeJob.SCHEMAS.get(district)).isEqualTo("district");
		assertThat(ProbeJob.TENANTS.get(district)).isEqualTo("district");
	}

	@Test
	void schedulingAgainMovesTheJobAndCancellingRemovesIt() {
		String record = unique();
		Instant later = Instant.parse("2099-01-01T08:00:00Z");
		scheduler.schedule(ProbeJob.NAME, MELEGNANO, record, later);
		scheduler.schedule(ProbeJob.NAME, MELEGNANO, record, later.plusSeconds(3600));

		assertThat(scheduler.scheduledAt(ProbeJob.NAME, MELEGNANO, record)).contains(later.plusSeconds(3600));
		assertThat(pendingRuns(List.of(record))).isEqualTo(1);
		scheduler.cancel(ProbeJob.NAME, MELEGNANO, record);
		assertThat(scheduler.scheduledAt(ProbeJob.NAME, MELEGNANO, record)).isEmpty();
	}

	@Test
	void aJobScheduledInAMunicipalitysTransactionRollsBackWithIt() {
		String kept = unique();
		String rolledBack = unique();
		Instant later = Instant.parse("2099-01-01T08:00:00Z");
		TenantContext.runAs(MELEGNANO, () -> {
			transactions.executeWithoutResult(status -> scheduler.schedule(ProbeJob.NAME, MELEGNANO, kept, later));
			transactions.executeWithoutResult(status -> {
				scheduler.schedule(ProbeJob.NAME, MELEGNANO, rolledBack, later);
				status.setRollbackOnly();
			});
		});

		assertThat(scheduler.scheduledAt(ProbeJob.NAME, MELEGNANO, kept)).isPresent();
		assertThat(scheduler.scheduledAt(ProbeJob.NAME, MELEGNANO, rolledBack)).isEmpty();
		scheduler.cancel(ProbeJob.NAME, MELEGNANO, kept);
	}

	@Test
	void aRecurringJobIsStoredOnceWhateverTheNumberOfInstances() {
		JobRunner second = secondInstance("recurring-second");
		second.start();
		try {
			assertThat(jdbc.queryForObject("SELECT count(*) FROM district.scheduled_tasks WHERE task_name = ?",
					Integer.class, ProbeRecurringJob.NAME)).isEqualTo(1);
		}
		finally {
			second.stop();
		}
	}

	private JobRunner secondInstance(String name) {
		return new JobRunner(dataSource, jobs, recurring,
				new JobRunner.Settings(true, name, Duration.ofMillis(300), 2, Duration.ofSeconds(5)));
	}

	private int pendingRuns(List<String> records) {
		return records.stream()
			.mapToInt(record -> jdbc.queryForObject(
					"SELECT count(*) FROM district.scheduled_tasks WHERE task_name = ? AND task_instance LIKE ?",
					Integer.class, ProbeJob.NAME, "%:" + record))
			.sum();
	}

	private static String unique() {
		return UUID.randomUUID().toString();
	}
}
