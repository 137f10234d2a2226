package it.casa.monitoring;

import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

import it.casa.casework.CaseStatus;
import it.casa.casework.FilingOrganisation;
import it.casa.casework.HouseholdComposition;
import it.casa.casework.HousingSituation;
import it.casa.emergency.ProblemType;
import it.casa.emergency.ReportingEntityKind;

/**
 * The figures of one query: exact counts, for the dashboard and internal exports. Counts by category list every
 * category, zero included, in the order of the published tables.
 *
 * @param municipality the one municipality shown; null when the figures cover every municipality in
 *        {@code municipalities}
 * @param municipalities the municipalities counted, by name
 * @param grades the grades the figures are limited to (0 for requests not triaged yet); empty for all
 * @param requests the activation requests received in the period
 * @param households the households in care in the period
 * @param interviews the joint interviews held or scheduled in the period
 * @param emergencies the emergencies (Pronto Intervento Sociale) called in in the emergency period; grades do not
 *        apply to them
 */
@Schema(description = "The figures of a query: exact counts, for staff only")
public record DistrictFigures(Period period, Period emergencyPeriod, @Nullable Municipality municipality,
		List<Municipality> municipalities, List<Integer> grades, Requests requests, Households households,
		Interviews interviews, Emergencies emergencies) {

	public DistrictFigures {
		municipalities = List.copyOf(municipalities);
		grades = List.copyOf(grades);
	}

	@Schema(name = "FiguresMunicipality")
	public record Municipality(String id, String name) {
	}

	/**
	 * Activation requests received in the period (by request date), with their current status and grade.
	 *
	 * @param byMunicipality every municipality counted, zero included, most requests first
	 * @param byGrade grades 0 (not triaged yet) to 4
	 * @param monthly per month and municipality, months without requests left out
	 * @param timeToTriage days from the request to its first triage, over the requests triaged so far
	 * @param timeToClosure days from the request to its closure, over the requests closed now
	 */
	@Schema(name = "FiguresRequests")
	public record Requests(long total, List<MunicipalityCount> byMunicipality,
			List<CategoryCount<HousingSituation>> byHousingSituation, List<GradeCount> byGrade,
			List<CategoryCount<CaseStatus>> byStatus, List<CategoryCount<FilingOrganisation>> byFiledBy,
			List<MonthlyCount> monthly, Durations timeToTriage, Durations timeToClosure,
			List<MunicipalityDurations> durationsByMunicipality) {

		public Requests {
			byMunicipality = List.copyOf(byMunicipality);
			byHousingSituation = List.copyOf(byHousingSituation);
			byGrade = List.copyOf(byGrade);
			byStatus = List.copyOf(byStatus);
			byFiledBy = List.copyOf(byFiledBy);
			monthly = List.copyOf(monthly);
			durationsByMunicipality = List.copyOf(durationsByMunicipality);
		}
	}

	/**
	 * The households the agency had in care in the period: a request received by the end of the period and not closed
	 * or rejected before it started (the requests of the period, plus those still open from before). The published
	 * household compositions count these, which is why their total may exceed the requests of the period.
	 *
	 * @param fromEarlierPeriods how many of them were requested before the period
	 */
	@Schema(name = "FiguresHouseholds")
	public record Households(long total, long fromEarlierPeriods, List<CategoryCount<HouseholdComposition>> byComposition) {

		public Households {
			byComposition = List.copyOf(byComposition);
		}
	}

	/** Joint interviews (colloqui di approfondimento) scheduled for a day of the period, held or still to come. */
	@Schema(name = "FiguresInterviews")
	public record Interviews(long total) {
	}

	/**
	 * Emergencies whose call came in the emergency period.
	 *
	 * @param byReportingEntity by kind and name of the reporting entity, most frequent first within each kind
	 * @param byProblem every problem type, zero included
	 * @param peopleInvolved the people involved, added up
	 * @param withMinors how many emergencies involved minors
	 * @param handedOver how many were closed with a hand-over to case work
	 */
	@Schema(name = "FiguresEmergencies")
	public record Emergencies(long total, List<ReportingEntityCount> byReportingEntity,
			List<CategoryCount<ProblemType>> byProblem, long peopleInvolved, long withMinors, long handedOver,
			List<MonthTotal> monthly) {

		public Emergencies {
			byReportingEntity = List.copyOf(byReportingEntity);
			byProblem = List.copyOf(byProblem);
			monthly = List.copyOf(monthly);
		}
	}

	/**
	 * @param name the institution's name as recorded (the Carabinieri station "Melegnano"); for a municipality that
	 *        reported without naming itself, the municipality the emergency happened in; null when not named
	 */
	@Schema(name = "FiguresReportingEntityCount")
	public record ReportingEntityCount(ReportingEntityKind kind, @Nullable String name, long count) {
	}

	@Schema(name = "FiguresMonthTotal")
	public record MonthTotal(YearMonth month, long count) {
	}

	@Schema(name = "FiguresMunicipalityCount")
	public record MunicipalityCount(String municipality, String name, long count) {
	}

	public record CategoryCount<C extends Enum<C>>(C category, long count) {
	}

	/** @param grade 1 to 4, or 0 for requests not triaged yet */
	@Schema(name = "FiguresGradeCount")
	public record GradeCount(int grade, long count) {
	}

	@Schema(name = "FiguresMonthlyCount")
	public record MonthlyCount(YearMonth month, String municipality, long count) {
	}

	/**
	 * Durations in days, over {@code cases} cases; null when there are none.
	 */
	@Schema(name = "FiguresDurations")
	public record Durations(long cases, @Nullable Double medianDays, @Nullable Double averageDays,
			@Nullable Double p90Days) {

		public static Durations none() {
			return new Durations(0, null, null, null);
		}
	}

	@Schema(name = "FiguresMunicipalityDurations")
	public record MunicipalityDurations(String municipality, Durations timeToTriage, Durations timeToClosure) {
	}
}
