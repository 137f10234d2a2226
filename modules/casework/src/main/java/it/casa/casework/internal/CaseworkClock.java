package it.casa.casework.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/**
 * The time of case work. Dates (request dates, ages, deadlines) are the district's: a request filed at 00:30 in
 * Melegnano is filed on that day, whatever the server's time zone. Tests replace the bean to move time.
 */
@Component
class CaseworkClock {

	static final ZoneId ZONE = ZoneId.of("Europe/Rome");

	private final Clock clock;

	CaseworkClock() {
		this(Clock.system(ZONE));
	}

	CaseworkClock(Clock clock) {
		this.clock = clock;
	}

	Instant now() {
		return clock.instant();
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}
}
