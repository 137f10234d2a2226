package it.casa.monitoring.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import it.casa.monitoring.DistrictFigures;
import it.casa.monitoring.DistrictFigures.Durations;

/**
 * The dashboard's other figures, exported for the agency's own use only (exact counts, detail by month and
 * municipality): statuses, grades, origin, requests by month and municipality, and times to triage and closure.
 */
record InternalTables(List<ExportTable> tables, List<ExportMatrix> matrices) {

	static InternalTables of(DistrictFigures figures, Labels labels) {
		DistrictFigures.Requests requests = figures.requests();
		String count = labels.text("column.count");
		List<ExportTable> tables = List.of(
				new ExportTable("status", labels.text("table.status"), "", count, requests.byStatus()
					.stream()
					.map(row -> new ExportTable.Row(row.category().name(), labels.category("status", row.category()),
							row.count()))
					.toList(), true),
				new ExportTable("grade", labels.text("table.grades"), "", count, requests.byGrade()
					.stream()
					.map(row -> new ExportTable.Row(Integer.toString(row.grade()), labels.grade(row.grade()), row.count()))
					.toList(), true),
				new ExportTable("filedBy", labels.text("table.filedBy"), "", count, requests.byFiledBy()
					.stream()
					.map(row -> new ExportTable.Row(row.category().name(), labels.category("filedBy", row.category()),
							row.count()))
					.toList(), true),
				new ExportTable("emergencyMonthly", labels.text("table.emergencyMonthly"), labels.text("column.month"),
						count, figures.emergencies()
							.monthly()
							.stream()
							.map(row -> new ExportTable.Row(row.month().toString(), labels.month(row.month()), row.count()))
							.toList(), true));
		return new InternalTables(tables, List.of(monthly(figures, labels), durations(figures, labels)));
	}

	/** One row per month of the period, one column per municipality, and the month's total. */
	private static ExportMatrix monthly(DistrictFigures figures, Labels labels) {
		List<DistrictFigures.Municipality> municipalities = figures.municipalities();
		TreeSet<YearMonth> months = new TreeSet<>();
		for (YearMonth month = YearMonth.from(figures.period().from()); !month.isAfter(YearMonth.from(figures.period().to())); month = month.plusMonths(1)) {
			months.add(month);
		}
		Map<YearMonth, Map<String, Long>> counts = new TreeMap<>();
		figures.requests().monthly().forEach(row -> counts.computeIfAbsent(row.month(), m -> new TreeMap<>())
			.merge(row.municipality(), row.count(), Long::sum));
		List<String> headings = new ArrayList<>();
		headings.add(labels.text("column.month"));
		municipalities.forEach(municipality -> headings.add(municipality.name()));
		headings.add(labels.text("total"));
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (YearMonth month : months) {
			List<@Nullable Object> row = new ArrayList<>();
			row.add(labels.month(month));
			long total = 0;
			for (DistrictFigures.Municipality municipality : municipalities) {
				long n = counts.getOrDefault(month, Map.of()).getOrDefault(municipality.id(), 0L);
				row.add(n);
				total += n;
			}
			row.add(total);
			rows.add(row);
		}
		return new ExportMatrix("monthly", labels.text("table.monthly"), headings, rows);
	}

	/** Times to triage and to closure, for the whole and per municipality. */
	private static ExportMatrix durations(DistrictFigures figures, Labels labels) {
		List<String> headings = List.of(labels.text("table.municipality"),
				labels.text("durations.triage") + " – " + labels.text("column.triaged"), labels.text("column.median"),
				labels.text("column.average"), labels.text("column.p90"),
				labels.text("durations.closure") + " – " + labels.text("column.closed"), labels.text("column.median"),
				labels.text("column.average"), labels.text("column.p90"));
		List<List<@Nullable Object>> rows = new ArrayList<>();
		rows.add(durationRow(labels.text("total"), figures.requests().timeToTriage(), figures.requests().timeToClosure()));
		Map<String, String> names = new TreeMap<>();
		figures.municipalities().forEach(municipality -> names.put(municipality.id(), municipality.name()));
		figures.requests()
			.durationsByMunicipality()
			.forEach(row -> rows.add(durationRow(names.getOrDefault(row.municipality(), row.municipality()),
					row.timeToTriage(), row.timeToClosure())));
		return new ExportMatrix("durations", labels.text("table.durations"), headings, rows);
	}

	private static List<@Nullable Object> durationRow(String label, Durations triage, Durations closure) {
		return new ArrayList<>(Arrays.asList(label, triage.cases(), triage.medianDays(), triage.averageDays(),
				triage.p90Days(), closure.cases(), closure.medianDays(), closure.averageDays(), closure.p90Days()));
	}
}
