package it.casa.emergency.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The time of emergency work: the application's {@link Clock} bean if there is one (tests move time with it), else
 * the system clock. Dates are the district's (Europe/Rome): a call at 00:30 in Melegnano is on that day.
 */
@Component
class EmergencyClock {

	static final ZoneId ZONE = ZoneId.of("Europe/Rome");

	private final Clock clock;

	@Autowired
	EmergencyClock(ObjectProvider<Clock> clock) {
		this(clock.getIfUnique(() -> Clock.system(ZONE)));
	}

	EmergencyClock(Clock clock) {
		this.clock = clock;
	}

	Instant now() {
		return clock.instant();
	}

	static LocalDate dateOf(Instant instant) {
		return LocalDate.ofInstant(instant, ZONE);
	}
}
