package it.casa.monitoring.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import io.swagger.v3.oas.annotations.Parameter;
import it.casa.monitoring.FigureQuery;
import it.casa.monitoring.Period;
import it.casa.platform.TenantId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/**
 * The filters every figures endpoint takes from the query string (the dashboard, the exports, the Fotografia), bound
 * and validated once. Which municipalities a user sees is decided by the service, not by these filters.
 */
record FigureFilters(
		@Parameter(description = "First day (default: 1 January of the last day's year)")
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
		@Parameter(description = "Last day, included (default: today)")
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
		@Parameter(description = "One municipality's id; agency staff only may name any")
		@Pattern(regexp = "[a-z][a-z0-9]*(-[a-z0-9]+)*") @Nullable String municipality,
		@Parameter(description = "Grades 1-4; 0 for requests not triaged yet; all when absent")
		@Nullable List<@Min(0) @Max(4) Integer> grade,
		@Parameter(description = "First day of the emergencies' period (default: from)")
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate emergenciesFrom,
		@Parameter(description = "Last day of the emergencies' period (default: to)")
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate emergenciesTo) {

	/** The query these filters ask for, with the defaults filled in: the period ends {@code today} unless given. */
	FigureQuery toQuery(LocalDate today) {
		LocalDate last = to != null ? to : today;
		LocalDate first = from != null ? from : last.withDayOfYear(1);
		Period emergencies = null;
		if (emergenciesFrom != null || emergenciesTo != null) {
			LocalDate emergencyLast = emergenciesTo != null ? emergenciesTo : last;
			emergencies = new Period(emergenciesFrom != null ? emergenciesFrom : emergencyLast.withDayOfYear(1),
					emergencyLast);
		}
		Set<Integer> grades = new TreeSet<>();
		boolean ungraded = false;
		for (Integer number : grade == null ? List.<Integer>of() : grade) {
			if (number == 0) {
				ungraded = true;
			}
			else {
				grades.add(number);
			}
		}
		return new FigureQuery(new Period(first, last), emergencies,
				municipality == null ? null : TenantId.of(municipality), grades, ungraded);
	}
}
