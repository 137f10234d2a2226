package it.casa.platform.scheduling;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import it.casa.platform.TenantId;

/**
 * Schedules {@link ScheduledJob}s. A job is scheduled at most once per record: scheduling it again moves it. Inside a
 * transaction the change commits or rolls back with it, so a reminder exists exactly when its record does.
 */
public interface JobScheduler {

	/**
	 * Runs {@code job} for the record at {@code at} (at once if it is past), in {@code municipality} (null: the district).
	 *
	 * @throws IllegalArgumentException if no {@link ScheduledJob} of that name exists
	 */
	void schedule(String job, @Nullable TenantId municipality, String recordId, Instant at);

	/** Removes the job of the record, if scheduled and not yet run. */
	void cancel(String job, @Nullable TenantId municipality, String recordId);

	/** When the job of the record is due, if it is scheduled and not yet run. */
	Optional<Instant> scheduledAt(String job, @Nullable TenantId municipality, String recordId);
}
