package it.casa.platform.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * District work that recurs (a daily digest, a sweep for what fell due): run by one instance at a time, in the
 * district's context; work for each municipality is scheduled from it as {@link ScheduledJob}s, or done in each
 * municipality by the module.
 */
public interface RecurringJob {

	String name();

	Schedule schedule();

	void run(Instant dueAt);

	/**
	 * @param dailyAt a time of day in the district's zone (Europe/Rome); null when {@code every} is set
	 * @param every a fixed delay between the end of a run and the next; null when {@code dailyAt} is set
	 */
	record Schedule(@Nullable LocalTime dailyAt, @Nullable Duration every) {

		public Schedule {
			if ((dailyAt == null) == (every == null)) {
				throw new IllegalArgumentException("A schedule is either daily at a time or every so often");
			}
		}

		public static Schedule dailyAt(LocalTime time) {
			return new Schedule(Objects.requireNonNull(time), null);
		}

		public static Schedule every(Duration delay) {
			return new Schedule(null, Objects.requireNonNull(delay));
		}
	}
}
