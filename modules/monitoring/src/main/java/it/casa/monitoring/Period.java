package it.casa.monitoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Days of the district's calendar (Europe/Rome), both ends included.
 *
 * @throws InvalidFigureQueryException ({@code period.reversed}, {@code period.tooLong}) when {@code to} is before
 *         {@code from} or the period is longer than {@value #MAX_YEARS} years
 */
@Schema(name = "FiguresPeriod", description = "Days of the district's calendar, both ends included")
public record Period(LocalDate from, LocalDate to) {

	public static final int MAX_YEARS = 20;

	public Period {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (to.isBefore(from)) {
			throw new InvalidFigureQueryException("period.reversed", "The period ends before it starts");
		}
		if (from.plusYears(MAX_YEARS).isBefore(to)) {
			throw new InvalidFigureQueryException("period.tooLong",
					"A period is at most " + MAX_YEARS + " years long");
		}
	}

	public static Period of(LocalDate from, LocalDate to) {
		return new Period(from, to);
	}

	/** The whole months from {@code first} to {@code last}. */
	public static Period months(YearMonth first, YearMonth last) {
		return new Period(first.atDay(1), last.atEndOfMonth());
	}

	/** The calendar year. */
	public static Period year(int year) {
		return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(from) && !day.isAfter(to);
	}

	/** Whether it starts on the first of a month and ends on the last of one. */
	public boolean isWholeMonths() {
		return from.getDayOfMonth() == 1 && to.equals(YearMonth.from(to).atEndOfMonth());
	}

	/** Whether it is exactly one calendar year. */
	public boolean isOneYear() {
		return from.getDayOfYear() == 1 && to.equals(LocalDate.of(from.getYear(), 12, 31));
	}
}
