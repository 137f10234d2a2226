package it.casa.platform.module;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The time of the district's work. Dates (request dates, ages, deadlines, the day of a call) are the district's: a
 * request filed at 00:30 in Melegnano is filed on that day, whatever the server's time zone.
 * <p>
 * Tests move time one way, with a {@link Clock}: a unit test passes one to the constructor, a Spring test declares a
 * {@code Clock} bean, which the platform's {@code DistrictClock} bean then reads (without one it reads the system
 * clock).
 */
public final class DistrictClock {

	/** The district's time zone. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Rome");

	private final Clock clock;

	public DistrictClock(Clock clock) {
		this.clock = clock;
	}

	public Instant now() {
		return clock.instant();
	}

	/** The clock in the district's zone, for libraries that ask for a {@link Clock} (Bean Validation). */
	public Clock inDistrictZone() {
		return clock.withZone(ZONE);
	}

	/** Today in the district. */
	public LocalDate today() {
		return dateOf(now());
	}

	/** The district's date at {@code instant}. */
	public static LocalDate dateOf(Instant instant) {
		return LocalDate.ofInstant(instant, ZONE);
	}

	/** The first instant of {@code day} in the district. */
	public static Instant startOf(LocalDate day) {
		return day.atStartOfDay(ZONE).toInstant();
	}

	/** {@code instant} as the district's wall-clock time with its offset, as the API shows appointments. */
	public static OffsetDateTime timeOf(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZONE);
	}
}
