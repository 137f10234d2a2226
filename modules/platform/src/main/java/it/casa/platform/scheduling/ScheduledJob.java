package it.casa.platform.scheduling;

/**
 * Work a module does at a given time for one of its records (a placement that ends tomorrow, an action due). The
 * module declares it as a bean and schedules it with {@link JobScheduler}; the platform runs it once, in the
 * municipality of the record, on whichever instance picks it up. It runs with no user: a job that needs one uses
 * {@code BackgroundWork}. A failure is retried later; a job must therefore tolerate running again after a failure.
 */
public interface ScheduledJob {

	/** The job's stable name, lower-case words joined by hyphens (stored with every scheduled run). */
	String name();

	void run(JobRun run);
}
