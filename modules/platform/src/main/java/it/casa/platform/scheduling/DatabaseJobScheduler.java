package it.casa.platform.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;

import it.casa.platform.TenantId;

/**
 * {@link JobScheduler} over db-scheduler's client, on a data source that joins the caller's transaction: the job's
 * row is written (or removed) with the record it belongs to.
 */
final class DatabaseJobScheduler implements JobScheduler {

	private final SchedulerClient client;

	private final Set<String> names;

	DatabaseJobScheduler(SchedulerClient client, List<ScheduledJob> jobs) {
		this.client = client;
		this.names = jobs.stream().map(ScheduledJob::name).collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public void schedule(String job, @Nullable TenantId municipality, String recordId, Instant at) {
		TaskInstance<Void> instance = new TaskInstance<>(known(job), JobInstances.id(municipality, recordId));
		if (!client.scheduleIfNotExists(instance, at)) {
			client.reschedule(instance, at);
		}
	}

	@Override
	public void cancel(String job, @Nullable TenantId municipality, String recordId) {
		TaskInstanceId id = TaskInstanceId.of(known(job), JobInstances.id(municipality, recordId));
		if (client.getScheduledExecution(id).isPresent()) {
			client.cancel(id);
		}
	}

	@Override
	public Optional<Instant> scheduledAt(String job, @Nullable TenantId municipality, String recordId) {
		return client.getScheduledExecution(TaskInstanceId.of(known(job), JobInstances.id(municipality, recordId)))
			.map(ScheduledExecution::getExecutionTime);
	}

	private String known(String job) {
		if (!names.contains(job)) {
			throw new IllegalArgumentException("No scheduled job named " + job);
		}
		return job;
	}
}
