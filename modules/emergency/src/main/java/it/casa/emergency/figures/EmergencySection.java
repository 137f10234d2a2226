package it.casa.emergency.figures;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import it.casa.emergency.ProblemType;
import it.casa.emergency.ReportingEntityKind;
import it.casa.monitoring.DistrictFigures.CategoryCount;
import it.casa.monitoring.FigureScope;
import it.casa.monitoring.FigureSection;
import it.casa.monitoring.FigureTable;
import it.casa.monitoring.FigureWords;

/**
 * The social emergency service's part of the Fotografia, as the press kit lays it out under a heading of its own: the
 * reporting entities and the problems of the emergency period, with their notes; the problems' table lists the
 * published categories and a note tells how many fell outside them. For the agency's own exports: calls by month.
 */
final class EmergencySection {

	static final List<ProblemType> PUBLISHED_PROBLEMS = List.of(ProblemType.HOUSE_FIRE,
			ProblemType.EXECUTIVE_EVICTION, ProblemType.SENT_AWAY_BY_HOST, ProblemType.FLOODING,
			ProblemType.WATER_CUT_OFF_FOR_ARREARS, ProblemType.NO_DWELLING, ProblemType.UNACCOMPANIED_FOREIGN_MINORS);

	private EmergencySection() {
	}

	static FigureSection of(FigureScope scope, EmergencyFigures.Emergencies emergencies, FigureWords words) {
		String count = words.shared("column.count");
		FigureTable entities = new FigureTable("emergencyReportingEntity", words.text("table.emergencyEntities"), "",
				count, emergencies.byReportingEntity()
					.stream()
					.map(row -> new FigureTable.Row(row.kind().name() + (row.name() == null ? "" : "/" + row.name()),
							reportingEntity(words, row.kind(), row.name()), row.count()))
					.toList(), true);
		FigureTable problems = new FigureTable("emergencyProblem", words.text("table.emergencyProblems"), "", count,
				PUBLISHED_PROBLEMS.stream()
					.map(problem -> new FigureTable.Row(problem.name(), words.category("problem", problem),
							emergencies.byProblem()
								.stream()
								.filter(c -> c.category() == problem)
								.mapToLong(CategoryCount::count)
								.sum()))
					.toList(), true);
		FigureTable monthly = new FigureTable("emergencyMonthly", words.text("table.emergencyMonthly"),
				words.shared("column.month"), count, emergencies.monthly()
					.stream()
					.map(row -> new FigureTable.Row(row.month().toString(), words.month(row.month()), row.count()))
					.toList(), true);

		List<String> notes = new ArrayList<>();
		notes.add(words.text("note.emergencies", words.periodInText(scope.query().emergencies()),
				words.number(emergencies.total())));
		long otherProblems = emergencies.byProblem()
			.stream()
			.filter(c -> !PUBLISHED_PROBLEMS.contains(c.category()))
			.mapToLong(CategoryCount::count)
			.sum();
		if (otherProblems > 0) {
			notes.add(words.text("note.otherProblems", words.number(otherProblems)));
		}
		return new FigureSection(words.text("report.emergencies.title", words.period(scope.query().emergencies())),
				List.of(), null, List.of(entities, problems), List.of(monthly), List.of(), notes, List.of());
	}

	/**
	 * The reporting entity as the press kit writes it: "Comune di San Giuliano Milanese", "Carabinieri di Opera",
	 * "Dato non pervenuto". A name already starting with the kind's word is kept as it is.
	 */
	static String reportingEntity(FigureWords words, ReportingEntityKind kind, @Nullable String name) {
		String kindLabel = words.text("reportingEntity." + kind.name());
		if (name == null || name.isBlank()) {
			return kindLabel;
		}
		String firstWord = kindLabel.split(" ")[0].toLowerCase(words.locale());
		if (name.toLowerCase(words.locale()).startsWith(firstWord)) {
			return name;
		}
		return words.text("reportingEntity.named." + kind.name(), name);
	}
}
