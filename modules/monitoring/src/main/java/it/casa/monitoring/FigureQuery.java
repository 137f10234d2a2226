package it.casa.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import it.casa.platform.TenantId;

/**
 * Which figures to compute: the requests of a period, optionally one municipality and some grades; the emergencies of
 * a period of their own (the published "Fotografia" sets the 2025 requests beside the 2024 emergencies).
 *
 * @param period the days whose activation requests count (by request date)
 * @param emergencyPeriod the days whose emergencies count (by call date); null for {@code period}
 * @param municipality one municipality; null for every municipality the user may see
 * @param grades only households whose current triage grade (1 to 4) is one of these, for the sources that know it;
 *        with {@code ungraded}, none means all
 * @param ungraded also (or, with no grades, only) the requests not triaged yet
 */
public record FigureQuery(Period period, @Nullable Period emergencyPeriod, @Nullable TenantId municipality,
		Set<Integer> grades, boolean ungraded) {

	public FigureQuery {
		Objects.requireNonNull(period, "period");
		for (int grade : grades) {
			if (grade < 1 || grade > 4) {
				throw new IllegalArgumentException("A triage grade is 1 to 4");
			}
		}
		grades = Set.copyOf(new TreeSet<>(grades));
	}

	/** The district's (or the user's municipality's) figures of a period, every grade. */
	public static FigureQuery of(Period period) {
		return new FigureQuery(period, null, null, Set.of(), false);
	}

	public FigureQuery withEmergencyPeriod(@Nullable Period emergencies) {
		return new FigureQuery(period, emergencies, municipality, grades, ungraded);
	}

	public FigureQuery inMunicipality(@Nullable TenantId tenant) {
		return new FigureQuery(period, emergencyPeriod, tenant, grades, ungraded);
	}

	/** The period of the emergencies: its own, or the requests' one. */
	public Period emergencies() {
		return emergencyPeriod == null ? period : emergencyPeriod;
	}

	/** Whether only some grades count. */
	public boolean filtersGrades() {
		return !grades.isEmpty() || ungraded;
	}

	/** The grades, in order, with 0 first for the requests not triaged yet when they count. */
	public List<Integer> gradeNumbers() {
		List<Integer> numbers = new ArrayList<>(new TreeSet<>(grades));
		if (ungraded) {
			numbers.add(0, 0);
		}
		return numbers;
	}
}
