package it.casa.monitoring.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Figures count by the district's days: an event at 00:30 in Melegnano happened on that day, wherever the server is. */
final class DistrictCalendar {

	static final ZoneId ZONE = ZoneId.of("Europe/Rome");

	private DistrictCalendar() {
	}

	static LocalDate dayOf(Instant instant) {
		return LocalDate.ofInstant(instant, ZONE);
	}
}
