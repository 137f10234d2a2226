package it.casa.casework.internal;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import it.casa.platform.module.DistrictClock;
import it.casa.casework.ConsentScope;
import it.casa.casework.HouseholdId;
import it.casa.platform.Tenant;
import it.casa.platform.TenantDirectory;
import it.casa.platform.TenantId;
import it.casa.platform.scheduling.JobRun;
import it.casa.platform.scheduling.JobScheduler;
import it.casa.platform.scheduling.RecurringJob;
import it.casa.platform.scheduling.ScheduledJob;

/**
 * The reminders before households' consents end (docs/adr/0020): every morning the district's recurring run schedules,
 * for each municipality using case work, this job, which records the reminder in the consent's history of every scope
 * whose reminder day has come and publishes {@code ConsentEnding} for the notifications to deliver. A sweep rather than
 * one job per consent: consents recorded before reminders existed are reminded too, and a job never has to move
 * itself. Idempotent: a scope is reminded once per period.
 */
@Component
class ConsentReminderJob implements ScheduledJob {

	static final String NAME = "casework-consent-reminders";

	private final JdbcTemplate jdbc;

	private final ConsentKeeper keeper;

	private final DistrictClock clock;

	private final TransactionTemplate transaction;

	ConsentReminderJob(JdbcTemplate jdbc, ConsentKeeper keeper, DistrictClock clock, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.keeper = keeper;
		this.clock = clock;
		this.transaction = transaction;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public void run(JobRun run) {
		TenantId tenant = Objects.requireNonNull(run.municipality(), "consents are kept by municipality");
		LocalDate today = clock.today();
		for (UUID household : due(today)) {
			// One transaction per household: a failure leaves the others reminded, and the retry skips them.
			transaction.executeWithoutResult(status -> keeper.find(HouseholdId.of(household)).ifPresent(consent -> {
				boolean reminded = false;
				for (ConsentScope scope : consent.scopesEverGiven()) {
					reminded |= consent.remind(tenant, scope, clock.now(), today, keeper.settings().reminderBefore());
				}
				if (reminded) {
					keeper.save(consent);
				}
			}));
		}
	}

	/** The households with a scope in force whose reminder day has come and that was not reminded for its period. */
	private List<UUID> due(LocalDate today) {
		// A day more than the period: the aggregate decides exactly, the query only must not miss one.
		LocalDate lastDayToRemind = today.plus(keeper.settings().reminderBefore()).plusDays(1);
		return jdbc.queryForList("""
				SELECT DISTINCT household_id FROM household_consent_scope
				WHERE withdrawn_at IS NULL AND valid_until >= ? AND valid_until <= ?
				  AND reminded_for IS DISTINCT FROM valid_until""", UUID.class, Date.valueOf(today),
				Date.valueOf(lastDayToRemind));
	}

	/** Every morning, one run of the job in each municipality that uses case work. */
	@Component
	static class DailySweep implements RecurringJob {

		/** Before the offices open. */
		private static final LocalTime TIME = LocalTime.of(7, 0);

		private final TenantDirectory tenants;

		private final JobScheduler scheduler;

		DailySweep(TenantDirectory tenants, JobScheduler scheduler) {
			this.tenants = tenants;
			this.scheduler = scheduler;
		}

		@Override
		public String name() {
			return NAME + "-daily";
		}

		@Override
		public Schedule schedule() {
			return Schedule.dailyAt(TIME);
		}

		@Override
		public void run(Instant dueAt) {
			for (Tenant municipality : tenants.activeMunicipalities()) {
				if (municipality.uses("casework")) {
					scheduler.schedule(NAME, municipality.id(), "daily", dueAt);
				}
			}
		}
	}
}
