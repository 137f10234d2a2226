package it.casa.platform.scheduling;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

/** A recurring job for the scheduler's tests: it is stored once, whatever the number of instances. */
@Component
class ProbeRecurringJob implements RecurringJob {

	static final String NAME = "scheduler-recurring-probe";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Schedule schedule() {
		return Schedule.every(Duration.ofHours(6));
	}

	@Override
	public void run(Instant dueAt) {
		// Nothing: the tests look at its row.
	}
}
