package it.casa.monitoring.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;
import it.casa.monitoring.FigureSection;
import it.casa.monitoring.FigureTable;

/**
 * The printable "Fotografia" as the web UI shows it: the same texts, counts and notes as the PDF, already laid out
 * and, for outside readers, already suppressed. The browser only arranges them, so the page and the PDF cannot
 * disagree on a number or a note.
 * <p>
 * {@code sections} holds every source's part in order. The press kit's own two parts are also kept under the names
 * they had before the sources were declared by the modules ({@code interviews}, {@code tables},
 * {@code emergencyTitle}, {@code emergencyTables}), for the clients that read them.
 *
 * @param audience {@code internal} or {@code public}
 * @param gradeLine the sections' lines on how the query narrows them (the grades), if any
 * @param sections every source's part: its heading (none for the first), its headline figure, its tables
 * @param interviews the first part's headline figure (the interviews of the period)
 * @param tables the first part's tables (requests by municipality, housing situations, household compositions)
 * @param emergencyTitle the second part's heading (the social emergency service's)
 * @param emergencyTables the second part's tables (reporting entities and problems)
 */
@Schema(name = "Fotografia", description = "The printable Fotografia, laid out as the PDF; counts as shown to its audience")
record FotografiaView(String audience, String agency, String agencySubtitle, String activity, String title,
		String scope, @Nullable String gradeLine, String audienceLine, List<Section> sections, @Nullable Table interviews,
		List<Table> tables, @Nullable String emergencyTitle, List<Table> emergencyTables, String notesTitle,
		List<String> notes, String totalLabel) {

	FotografiaView {
		sections = List.copyOf(sections);
		tables = List.copyOf(tables);
		emergencyTables = List.copyOf(emergencyTables);
		notes = List.copyOf(notes);
	}

	static FotografiaView of(FotografiaReport report, Labels labels) {
		Audience audience = report.audience();
		List<Section> sections = report.sections().stream().map(section -> Section.of(section, audience)).toList();
		Section first = sections.isEmpty() ? null : sections.get(0);
		Section second = sections.size() < 2 ? null : sections.get(1);
		return new FotografiaView(audience.name().toLowerCase(Locale.ROOT), labels.text("agency"),
				labels.text("agency.subtitle"), labels.text("report.activity"), report.title(), report.scope(),
				report.scopeLines().isEmpty() ? null : String.join(" · ", report.scopeLines()),
				labels.text(audience == Audience.PUBLIC ? "report.audience.public" : "report.audience.internal"),
				sections, first == null ? null : first.headline(), first == null ? List.of() : first.tables(),
				second == null ? null : second.title(), second == null ? List.of() : second.tables(),
				labels.text("report.notes"), report.notes(), labels.text("total"));
	}

	/**
	 * One source's part.
	 *
	 * @param title its heading; null for the part printed under the report's own title
	 * @param headline a single figure printed first, on one line
	 */
	@Schema(name = "FotografiaSection")
	record Section(@Nullable String title, @Nullable Table headline, List<Table> tables) {

		Section {
			tables = List.copyOf(tables);
		}

		static Section of(FigureSection section, Audience audience) {
			return new Section(section.title(), section.headline() == null ? null : Table.of(section.headline(), audience),
					section.tables().stream().map(table -> Table.of(table, audience)).toList());
		}
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

		static Table of(FigureTable table, Audience audience) {
			Suppression.Shown shown = Suppression.shown(table, audience);
			List<Row> rows = new ArrayList<>();
			for (int i = 0; i < table.rows().size(); i++) {
				FigureTable.Row row = table.rows().get(i);
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
