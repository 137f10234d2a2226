package it.casa.monitoring.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The printable "Fotografia" as the web UI shows it: the same texts, counts and notes as the PDF, already laid out
 * and, for outside readers, already suppressed. The browser only arranges them, so the page and the PDF cannot
 * disagree on a number or a note.
 *
 * @param audience {@code internal} or {@code public}
 * @param gradeLine the grades the requests are limited to, if they are
 * @param interviews one row: the interviews of the period
 * @param tables the requests by municipality, the housing situations and the household compositions
 * @param emergencyTables the social emergency service's reporting entities and problems
 */
@Schema(name = "Fotografia", description = "The printable Fotografia, laid out as the PDF; counts as shown to its audience")
record FotografiaView(String audience, String agency, String agencySubtitle, String activity, String title,
		String scope, @Nullable String gradeLine, String audienceLine, Table interviews, List<Table> tables,
		String emergencyTitle, List<Table> emergencyTables, String notesTitle, List<String> notes, String totalLabel) {

	FotografiaView {
		tables = List.copyOf(tables);
		emergencyTables = List.copyOf(emergencyTables);
		notes = List.copyOf(notes);
	}

	static FotografiaView of(FotografiaReport report, Labels labels) {
		Audience audience = report.audience();
		return new FotografiaView(audience.name().toLowerCase(Locale.ROOT), labels.text("agency"),
				labels.text("agency.subtitle"), labels.text("report.activity"), report.title(), report.scope(),
				report.gradeLine(),
				labels.text(audience == Audience.PUBLIC ? "report.audience.public" : "report.audience.internal"),
				Table.of(report.interviews(), audience),
				List.of(Table.of(report.requests(), audience), Table.of(report.housing(), audience),
						Table.of(report.households(), audience)),
				report.emergencyTitle(), report.emergencyTables().stream().map(table -> Table.of(table, audience)).toList(),
				labels.text("report.notes"), report.notes(), labels.text("total"));
	}

	/**
	 * @param id a stable key (as the CSV's first column)
	 * @param total the total as shown; null when the table has none
	 */
	@Schema(name = "FotografiaTable")
	record Table(String id, String title, String labelHeading, String countHeading, List<Row> rows,
			@Nullable String total) {

		Table {
			rows = List.copyOf(rows);
		}

		static Table of(ExportTable table, Audience audience) {
			Suppression.Shown shown = table.shown(audience);
			List<Row> rows = new ArrayList<>();
			for (int i = 0; i < table.rows().size(); i++) {
				ExportTable.Row row = table.rows().get(i);
				rows.add(new Row(row.code(), row.label(), shown(shown.cells().get(i), row.count())));
			}
			return new Table(table.id(), table.title(), table.labelHeading(), table.countHeading(), rows,
					table.withTotal() ? shown(shown.total(), table.total()) : null);
		}

		private static String shown(@Nullable String mark, long count) {
			return mark != null ? mark : Long.toString(count);
		}
	}

	/** @param count the number, or what outside readers see instead ({@code <3}, {@code n.d.}) */
	@Schema(name = "FotografiaRow")
	record Row(String code, String label, String count) {
	}
}
