package it.casa.monitoring;

import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * A source's part of the Fotografia and of the exports, in the press kit's layout: its heading (none for the part
 * printed under the report's own title), a headline figure, its published tables, then what only the agency's own
 * exports show.
 *
 * @param title the heading of the part; null to continue under the report's title
 * @param scopeLines lines printed under the report's title about how the query narrows it ("Solo richieste: grado 3")
 * @param headline a single figure printed first, on one line; null for none
 * @param tables the published tables, in order
 * @param internalTables tables for the agency's own exports only
 * @param matrices tables of several columns for the agency's own exports only
 * @param notes the notes on what was counted, numbered after the previous sections' ones
 * @param closingNotes notes about the query's filters, printed after every section's notes
 */
public record FigureSection(@Nullable String title, List<String> scopeLines, @Nullable FigureTable headline,
		List<FigureTable> tables, List<FigureTable> internalTables, List<FigureMatrix> matrices, List<String> notes,
		List<String> closingNotes) {

	public FigureSection {
		scopeLines = List.copyOf(scopeLines);
		tables = List.copyOf(tables);
		internalTables = List.copyOf(internalTables);
		matrices = List.copyOf(matrices);
		notes = List.copyOf(notes);
		closingNotes = List.copyOf(closingNotes);
	}

	/** The headline, then the published tables. */
	public List<FigureTable> published() {
		return headline == null ? tables : Stream.concat(Stream.of(headline), tables.stream()).toList();
	}
}
