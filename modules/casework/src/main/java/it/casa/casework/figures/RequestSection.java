package it.casa.casework.figures;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import it.casa.casework.HouseholdComposition;
import it.casa.casework.HousingSituation;
import it.casa.monitoring.DistrictFigures;
import it.casa.monitoring.DistrictFigures.CategoryCount;
import it.casa.monitoring.DistrictFigures.Durations;
import it.casa.monitoring.FigureMatrix;
import it.casa.monitoring.FigureScope;
import it.casa.monitoring.FigureSection;
import it.casa.monitoring.FigureTable;
import it.casa.monitoring.FigureWords;

/**
 * The requests' part of the Fotografia as the press kit lays it out: the interviews, the requests of the period by
 * municipality, the housing situations found and the household compositions, with the notes that say what was
 * counted; the published tables list the published categories and a note tells what falls outside them. For the
 * agency's own exports: statuses, grades, origins, requests by month and municipality, and the times.
 */
final class RequestSection {

	static final List<HousingSituation> PUBLISHED_SITUATIONS = List.of(HousingSituation.LEASE_NOT_RENEWED,
			HousingSituation.EVICTION_IN_PROGRESS, HousingSituation.STABLE_BUT_PROVISIONAL,
			HousingSituation.END_OF_TEMPORARY_RECEPTION, HousingSituation.RENT_NOT_SUSTAINABLE,
			HousingSituation.LEAVING_FOR_OTHER_REASONS);

	static final List<HouseholdComposition> PUBLISHED_COMPOSITIONS = List.of(
			HouseholdComposition.PARENTAL_COUPLE_WITH_MINOR_CHILDREN,
			HouseholdComposition.SINGLE_MOTHER_WITH_MINOR_CHILDREN, HouseholdComposition.SINGLE_ADULT,
			HouseholdComposition.MOTHER_WITH_NEWLY_ADULT_CHILD, HouseholdComposition.ADULT_WITH_ADULT_OVER_65,
			HouseholdComposition.PARENTAL_COUPLE_WITH_MINOR_CHILDREN_AND_ADULT_OVER_65);

	private RequestSection() {
	}

	static FigureSection of(FigureScope scope, RequestFigureQueries.Parts parts, FigureWords words) {
		RequestFigures.Requests requests = parts.requests();
		String count = words.shared("column.count");
		FigureTable interviews = FigureTable.single("interviews", words.text("table.interviews"), count,
				parts.interviews().total());
		FigureTable byMunicipality = new FigureTable("requestsByMunicipality", words.text("table.requests"),
				words.shared("table.municipality"), words.text("table.requests.column"),
				requests.byMunicipality()
					.stream()
					.filter(row -> row.count() > 0)
					.map(row -> new FigureTable.Row(row.municipality(), row.name(), row.count()))
					.toList(),
				true);
		FigureTable housing = new FigureTable("housingSituation", words.text("table.housing"), "", count,
				published(requests.byHousingSituation(), PUBLISHED_SITUATIONS, words, "housingSituation"), true);
		FigureTable households = new FigureTable("householdComposition", words.text("table.households"), "", count,
				published(parts.households().byComposition(), PUBLISHED_COMPOSITIONS, words, "composition"), true);

		List<String> notes = new ArrayList<>();
		notes.add(words.text("note.period", words.periodInText(scope.query().period())));
		long otherSituations = otherThan(requests.byHousingSituation(), PUBLISHED_SITUATIONS);
		if (otherSituations > 0) {
			notes.add(words.text("note.otherHousing", words.number(otherSituations)));
		}
		RequestFigures.Households inCare = parts.households();
		notes.add(inCare.fromEarlierPeriods() > 0
				? words.text("note.households", words.number(inCare.total()), words.number(inCare.fromEarlierPeriods()))
				: words.text("note.households.same", words.number(inCare.total())));
		long otherCompositions = otherThan(inCare.byComposition(), PUBLISHED_COMPOSITIONS);
		if (otherCompositions > 0) {
			notes.add(words.text("note.otherComposition", words.number(otherCompositions)));
		}
		List<String> scopeLines = new ArrayList<>();
		List<String> closingNotes = new ArrayList<>();
		List<Integer> grades = scope.query().gradeNumbers();
		if (!grades.isEmpty()) {
			String named = grades.stream().map(grade -> words.text("grade." + grade)).collect(Collectors.joining(", "));
			scopeLines.add(words.text("report.grades", named));
			closingNotes.add(words.text("note.grades", named));
		}
		return new FigureSection(null, scopeLines, interviews, List.of(byMunicipality, housing, households),
				internalTables(requests, words), List.of(monthly(scope, requests, words), durations(scope, requests, words)),
				notes, closingNotes);
	}

	private static List<FigureTable> internalTables(RequestFigures.Requests requests, FigureWords words) {
		String count = words.shared("column.count");
		return List.of(
				new FigureTable("status", words.text("table.status"), "", count, requests.byStatus()
					.stream()
					.map(row -> new FigureTable.Row(row.category().name(), words.category("status", row.category()),
							row.count()))
					.toList(), true),
				new FigureTable("grade", words.text("table.grades"), "", count, requests.byGrade()
					.stream()
					.map(row -> new FigureTable.Row(Integer.toString(row.grade()), words.text("grade." + row.grade()),
							row.count()))
					.toList(), true),
				new FigureTable("filedBy", words.text("table.filedBy"), "", count, requests.byFiledBy()
					.stream()
					.map(row -> new FigureTable.Row(row.category().name(), words.category("filedBy", row.category()),
							row.count()))
					.toList(), true));
	}

	/** One row per month of the period, one column per municipality, and the month's total. */
	private static FigureMatrix monthly(FigureScope scope, RequestFigures.Requests requests, FigureWords words) {
		List<DistrictFigures.Municipality> municipalities = scope.municipalities();
		TreeSet<YearMonth> months = new TreeSet<>();
		YearMonth last = YearMonth.from(scope.query().period().to());
		for (YearMonth month = YearMonth.from(scope.query().period().from()); !month.isAfter(last); month = month.plusMonths(1)) {
			months.add(month);
		}
		Map<YearMonth, Map<String, Long>> counts = new TreeMap<>();
		requests.monthly().forEach(row -> counts.computeIfAbsent(row.month(), m -> new TreeMap<>())
			.merge(row.municipality(), row.count(), Long::sum));
		List<String> headings = new ArrayList<>();
		headings.add(words.shared("column.month"));
		municipalities.forEach(municipality -> headings.add(municipality.name()));
		headings.add(words.shared("total"));
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (YearMonth month : months) {
			List<@Nullable Object> row = new ArrayList<>();
			row.add(words.month(month));
			long total = 0;
			for (DistrictFigures.Municipality municipality : municipalities) {
				long n = counts.getOrDefault(month, Map.of()).getOrDefault(municipality.id(), 0L);
				row.add(n);
				total += n;
			}
			row.add(total);
			rows.add(row);
		}
		return new FigureMatrix("monthly", words.text("table.monthly"), headings, rows);
	}

	/** Times to triage and to closure, for the whole and per municipality. */
	private static FigureMatrix durations(FigureScope scope, RequestFigures.Requests requests, FigureWords words) {
		List<String> headings = List.of(words.shared("table.municipality"),
				words.text("durations.triage") + " – " + words.text("column.triaged"), words.text("column.median"),
				words.text("column.average"), words.text("column.p90"),
				words.text("durations.closure") + " – " + words.text("column.closed"), words.text("column.median"),
				words.text("column.average"), words.text("column.p90"));
		List<List<@Nullable Object>> rows = new ArrayList<>();
		rows.add(durationRow(words.shared("total"), requests.timeToTriage(), requests.timeToClosure()));
		Map<String, String> names = scope.names();
		requests.durationsByMunicipality()
			.forEach(row -> rows.add(durationRow(names.getOrDefault(row.municipality(), row.municipality()),
					row.timeToTriage(), row.timeToClosure())));
		return new FigureMatrix("durations", words.text("table.durations"), headings, rows);
	}

	private static List<@Nullable Object> durationRow(String label, Durations triage, Durations closure) {
		return new ArrayList<>(Arrays.asList(label, triage.cases(), triage.medianDays(), triage.averageDays(),
				triage.p90Days(), closure.cases(), closure.medianDays(), closure.averageDays(), closure.p90Days()));
	}

	private static <C extends Enum<C>> List<FigureTable.Row> published(List<CategoryCount<C>> counts, List<C> categories,
			FigureWords words, String prefix) {
		return categories.stream()
			.map(category -> new FigureTable.Row(category.name(), words.category(prefix, category),
					counts.stream().filter(c -> c.category() == category).mapToLong(CategoryCount::count).sum()))
			.toList();
	}

	private static <C extends Enum<C>> long otherThan(List<CategoryCount<C>> counts, List<C> published) {
		return counts.stream().filter(c -> !published.contains(c.category())).mapToLong(CategoryCount::count).sum();
	}
}
