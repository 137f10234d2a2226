package it.casa.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the platform refuses in any module's input before a module's own rules see it (ADR 0028): text with control
 * characters (line breaks and tabs excepted) or unpaired surrogates, which PostgreSQL cannot store or which corrupt
 * exports, and dates outside 1900-01-01 to 2100-12-31, which no record of case work has and which PostgreSQL or a
 * list's order would choke on.
 */
public final class PlausibleInput {

	/** The stable code of a text refused for a control character. */
	public static final String CONTROL_CHARACTER = "text.controlCharacter";

	/** The stable code of a date outside the plausible window. */
	public static final String DATE_OUT_OF_RANGE = "date.outOfRange";

	public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	private static final Instant EARLIEST_INSTANT = EARLIEST.atStartOfDay().toInstant(ZoneOffset.MAX);

	private static final Instant LATEST_INSTANT = LATEST.plusDays(1).atStartOfDay().toInstant(ZoneOffset.MIN);

	private static final Map<String, String> WINDOW = Map.of("earliest", EARLIEST.toString(), "latest",
			LATEST.toString());

	private PlausibleInput() {
	}

	/** @throws it.casa.platform.InvalidDataException {@value #CONTROL_CHARACTER} */
	public static @Nullable String requirePlainText(@Nullable String text) {
		if (text != null && !isPlainText(text)) {
			throw new ImplausibleInputException(CONTROL_CHARACTER,
					"must not contain control characters (line breaks and tabs are allowed)", Map.of());
		}
		return text;
	}

	/** No C0 or C1 control character but tab, line feed and carriage return, and no unpaired surrogate. */
	public static boolean isPlainText(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0x7f && c <= 0x9f) {
				return false;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return false;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A date or a time of {@code java.time} inside the window, else {@value #DATE_OUT_OF_RANGE}; other values
	 * unchanged. Instants and offset times are compared with the window's widest reading (its first day at +18:00 to its
	 * last day at -18:00), so that no time of a valid day anywhere is refused.
	 */
	public static <T> T requirePlausible(T value) {
		boolean plausible = true;
		if (value instanceof LocalDate date) {
			plausible = isPlausibleDay(date);
		}
		else if (value instanceof LocalDateTime time) {
			plausible = isPlausibleDay(time.toLocalDate());
		}
		else if (value instanceof OffsetDateTime time) {
			plausible = isPlausibleDay(time.toLocalDate());
		}
		else if (value instanceof ZonedDateTime time) {
			plausible = isPlausibleDay(time.toLocalDate());
		}
		else if (value instanceof Instant instant) {
			plausible = !instant.isBefore(EARLIEST_INSTANT) && instant.isBefore(LATEST_INSTANT);
		}
		if (!plausible) {
			throw new ImplausibleInputException(DATE_OUT_OF_RANGE,
					"must be between " + EARLIEST + " and " + LATEST, WINDOW);
		}
		return value;
	}

	private static boolean isPlausibleDay(LocalDate day) {
		return !day.isBefore(EARLIEST) && !day.isAfter(LATEST);
	}
}
