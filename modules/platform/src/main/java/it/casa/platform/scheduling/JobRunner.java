package it.casa.platform.scheduling;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import it.casa.platform.TenantContext;
import it.casa.platform.module.DistrictClock;
import it.casa.platform.web.SafeThrowable;

/**
 * The instance's db-scheduler, started once the application is up and stopped (waiting for running jobs) before the
 * database goes. Every instance polls the same table; a run is picked by one instance only (an update that only one
 * can win), and one whose instance died is picked again once its heartbeats stop. Each run is executed in the
 * municipality its id names, outside any transaction of the scheduler's own.
 */
final class JobRunner implements SmartLifecycle {

	static final String TABLE = "district.scheduled_tasks";


	private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

	private final DataSource dataSource;

	private final List<ScheduledJob> jobs;

	private final List<RecurringJob> recurring;

	private final Settings settings;

	private volatile @Nullable Scheduler scheduler;

	/**
	 * @param enabled whether this instance runs jobs at all (an instance that only serves requests schedules them)
	 * @param name this instance's name in the table's {@code picked_by} (the host name by default)
	 */
	record Settings(boolean enabled, @Nullable String name, Duration pollingInterval, int threads, Duration shutdownMaxWait) {
	}

	JobRunner(DataSource dataSource, List<ScheduledJob> jobs, List<RecurringJob> recurring, Settings settings) {
		this.dataSource = dataSource;
		this.jobs = List.copyOf(jobs);
		this.recurring = List.copyOf(recurring);
		this.settings = settings;
	}

	/** The tasks as db-scheduler knows them: also what a {@code SchedulerClient} needs to schedule them. */
	static List<Task<?>> tasks(List<ScheduledJob> jobs) {
		List<Task<?>> tasks = new ArrayList<>();
		for (ScheduledJob job : jobs) {
			tasks.add(Tasks.oneTime(job.name()).onFailureRetryLater().execute((instance, context) -> {
				String id = instance.getId();
				JobRun run = new JobRun(job.name(), JobInstances.municipality(id), JobInstances.recordId(id),
						context.getExecution().executionTime);
				TenantContext.runAs(run.municipality(), () -> job.run(run));
			}));
		}
		return tasks;
	}

	private static List<RecurringTask<Void>> recurringTasks(List<RecurringJob> jobs) {
		return jobs.stream().map(job -> Tasks.recurring(job.name(), schedule(job.schedule()))
			.execute((instance, context) -> TenantContext.runAs(null, () -> job.run(context.getExecution().executionTime))))
			.toList();
	}

	private static Schedule schedule(RecurringJob.Schedule schedule) {
		return schedule.dailyAt() != null ? Schedules.daily(DistrictClock.ZONE, schedule.dailyAt())
				: Schedules.fixedDelay(schedule.every());
	}

	@Override
	public synchronized void start() {
		if (scheduler != null || !settings.enabled()) {
			return;
		}
		var builder = Scheduler.create(dataSource, tasks(jobs))
			.startTasks(recurringTasks(recurring))
			.tableName(TABLE)
			.threads(settings.threads())
			.pollingInterval(settings.pollingInterval())
			.shutdownMaxWait(settings.shutdownMaxWait())
			.enableImmediateExecution()
			// Ids and stack traces only: a job's message could carry what a record holds.
			.failureLogging(com.github.kagkarlsson.scheduler.logging.LogLevel.WARN, false);
		if (settings.name() != null) {
			builder.schedulerName(new SchedulerName.Fixed(settings.name()));
		}
		Scheduler started = builder.build();
		started.start();
		scheduler = started;
		log.info("Job scheduler started: {} jobs, {} recurring, polling every {}", jobs.size(), recurring.size(),
				settings.pollingInterval());
	}

	@Override
	public synchronized void stop() {
		Scheduler running = scheduler;
		scheduler = null;
		if (running != null) {
			try {
				running.stop();
			}
			catch (RuntimeException ex) {
				log.warn("Job scheduler stopped with a failure: {}", SafeThrowable.describe(ex));
			}
		}
	}

	@Override
	public boolean isRunning() {
		return scheduler != null;
	}

	/** Late in start-up and early in shutdown: after the web server stops taking requests, before the pool closes. */
	@Override
	public int getPhase() {
		return DEFAULT_PHASE - 1024;
	}
}
