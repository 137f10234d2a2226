package it.casa.emergency.figures;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;
import it.casa.emergency.ProblemType;
import it.casa.emergency.ReportingEntityKind;
import it.casa.monitoring.DistrictFigures.CategoryCount;
import it.casa.monitoring.DistrictFigures.MonthTotal;

/** Emergency's part of the dashboard's figures: {@code emergencies}. */
final class EmergencyFigures {

	private EmergencyFigures() {
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
	record Emergencies(long total, List<ReportingEntityCount> byReportingEntity,
			List<CategoryCount<ProblemType>> byProblem, long peopleInvolved, long withMinors, long handedOver,
			List<MonthTotal> monthly) {

		Emergencies {
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
	record ReportingEntityCount(ReportingEntityKind kind, @Nullable String name, long count) {
	}
}
