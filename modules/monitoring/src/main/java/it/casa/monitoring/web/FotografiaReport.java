package it.casa.monitoring.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import it.casa.casework.HouseholdComposition;
import it.casa.casework.HousingSituation;
import it.casa.emergency.ProblemType;
import it.casa.monitoring.DistrictFigures;
import it.casa.monitoring.DistrictFigures.CategoryCount;

/**
 * The agency's "Fotografia" as the press kit lays it out, built from the figures: the requests of the period by
 * municipality, the housing situations found, the household compositions and the interviews; then the social
 * emergency service's reporting entities and problems; then the notes that say what was counted. The tables list the
 * published categories; what falls outside them is told in a note, so the tables read like the published ones.
 *
 * @param scope the municipalities covered, as a line of text
 * @param gradeLine the grades the requests are limited to, if they are
 */
record FotografiaReport(Audience audience, String title, String scope, @Nullable String gradeLine,
		ExportTable interviews, ExportTable requests, ExportTable housing, ExportTable households,
		String emergencyTitle, List<ExportTable> emergencyTables, List<String> notes) {

	static final List<HousingSituation> PUBLISHED_SITUATIONS = List.of(HousingSituation.LEASE_NOT_RENEWED,
			HousingSituation.EVICTION_IN_PROGRESS, HousingSituation.STABLE_BUT_PROVISIONAL,
			HousingSituation.END_OF_TEMPORARY_RECEPTION, HousingSituation.RENT_NOT_SUSTAINABLE,
			HousingSituation.LEAVING_FOR_OTHER_REASONS);

	static final List<HouseholdComposition> PUBLISHED_COMPOSITIONS = List.of(
			HouseholdComposition.PARENTAL_COUPLE_WITH_MINOR_CHILDREN,
			HouseholdComposition.SINGLE_MOTHER_WITH_MINOR_CHILDREN, HouseholdComposition.SINGLE_ADULT,
			HouseholdComposition.MOTHER_WITH_NEWLY_ADULT_CHILD, HouseholdComposition.ADULT_WITH_ADULT_OVER_65,
			HouseholdComposition.PARENTAL_COUPLE_WITH_MINOR_CHILDREN_AND_ADULT_OVER_65);

	static final List<ProblemType> PUBLISHED_PROBLEMS = List.of(ProblemType.HOUSE_FIRE,
			ProblemType.EXECUTIVE_EVICTION, ProblemType.SENT_AWAY_BY_HOST, ProblemType.FLOODING,
			ProblemType.WATER_CUT_OFF_FOR_ARREARS, ProblemType.NO_DWELLING, ProblemType.UNACCOMPANIED_FOREIGN_MINORS);

	FotografiaReport {
		emergencyTables = List.copyOf(emergencyTables);
		notes = List.copyOf(notes);
	}

	/** Every table, in the report's order. */
	List<ExportTable> tables() {
		List<ExportTable> all = new ArrayList<>(List.of(interviews, requests, housing, households));
		all.addAll(emergencyTables);
		return all;
	}

	static FotografiaReport of(DistrictFigures figures, Labels labels, Audience audience) {
		DistrictFigures.Requests requests = figures.requests();
		String count = labels.text("column.count");
		ExportTable interviews = new ExportTable("interviews", labels.text("table.interviews"), "", count,
				List.of(new ExportTable.Row("interviews", labels.text("table.interviews"), figures.interviews().total())),
				false);
		ExportTable byMunicipality = new ExportTable("requestsByMunicipality", labels.text("table.requests"),
				labels.text("table.municipality"), labels.text("table.requests.column"),
				requests.byMunicipality()
					.stream()
					.filter(row -> row.count() > 0)
					.map(row -> new ExportTable.Row(row.municipality(), row.name(), row.count()))
					.toList(),
				true);
		ExportTable housing = new ExportTable("housingSituation", labels.text("table.housing"), "", count,
				published(requests.byHousingSituation(), PUBLISHED_SITUATIONS, labels, "housingSituation"), true);
		ExportTable households = new ExportTable("householdComposition", labels.text("table.households"), "", count,
				published(figures.households().byComposition(), PUBLISHED_COMPOSITIONS, labels, "composition"), true);

		DistrictFigures.Emergencies emergencies = figures.emergencies();
		ExportTable entities = new ExportTable("emergencyReportingEntity", labels.text("table.emergencyEntities"), "",
				count, emergencies.byReportingEntity()
					.stream()
					.map(row -> new ExportTable.Row(row.kind().name() + (row.name() == null ? "" : "/" + row.name()),
							labels.reportingEntity(row.kind(), row.name()), row.count()))
					.toList(), true);
		ExportTable problems = new ExportTable("emergencyProblem", labels.text("table.emergencyProblems"), "", count,
				published(emergencies.byProblem(), PUBLISHED_PROBLEMS, labels, "problem"), true);

		List<String> notes = new ArrayList<>();
		notes.add(labels.text("note.period", labels.periodInText(figures.period())));
		long otherSituations = otherThan(requests.byHousingSituation(), PUBLISHED_SITUATIONS);
		if (otherSituations > 0) {
			notes.add(labels.text("note.otherHousing", audience.number(otherSituations)));
		}
		DistrictFigures.Households inCare = figures.households();
		notes.add(inCare.fromEarlierPeriods() > 0
				? labels.text("note.households", audience.number(inCare.total()), audience.number(inCare.fromEarlierPeriods()))
				: labels.text("note.households.same", audience.number(inCare.total())));
		long otherCompositions = otherThan(inCare.byComposition(), PUBLISHED_COMPOSITIONS);
		if (otherCompositions > 0) {
			notes.add(labels.text("note.otherComposition", audience.number(otherCompositions)));
		}
		notes.add(labels.text("note.emergencies", labels.periodInText(figures.emergencyPeriod()),
				audience.number(emergencies.total())));
		long otherProblems = otherThan(emergencies.byProblem(), PUBLISHED_PROBLEMS);
		if (otherProblems > 0) {
			notes.add(labels.text("note.otherProblems", audience.number(otherProblems)));
		}
		String gradeLine = null;
		if (!figures.grades().isEmpty()) {
			String grades = figures.grades().stream().map(labels::grade).collect(Collectors.joining(", "));
			gradeLine = labels.text("report.grades", grades);
			notes.add(labels.text("note.grades", grades));
		}
		if (audience == Audience.PUBLIC) {
			notes.add(labels.text("note.suppression"));
		}
		String scope = figures.municipality() == null ? labels.text("report.scope.district")
				: labels.text("report.scope.municipality", figures.municipality().name());
		return new FotografiaReport(audience, labels.text("report.title", labels.period(figures.period())), scope,
				gradeLine, interviews, byMunicipality, housing, households,
				labels.text("report.emergencies.title", labels.period(figures.emergencyPeriod())),
				List.of(entities, problems), notes);
	}

	private static <C extends Enum<C>> List<ExportTable.Row> published(List<CategoryCount<C>> counts, List<C> categories,
			Labels labels, String prefix) {
		return categories.stream()
			.map(category -> new ExportTable.Row(category.name(), labels.category(prefix, category),
					counts.stream().filter(c -> c.category() == category).mapToLong(CategoryCount::count).sum()))
			.toList();
	}

	private static <C extends Enum<C>> long otherThan(List<CategoryCount<C>> counts, List<C> published) {
		return counts.stream().filter(c -> !published.contains(c.category())).mapToLong(CategoryCount::count).sum();
	}
}
