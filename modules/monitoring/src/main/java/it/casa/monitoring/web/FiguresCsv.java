package it.casa.monitoring.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import it.casa.monitoring.FigureMatrix;
import it.casa.monitoring.FigureTable;

/**
 * The figures as one RFC 4180 CSV table in long form, {@code table,code,label,count}: every row of every table, then
 * its total (code {@code total}). UTF-8 with a byte-order mark, so spreadsheets show the accents; CRLF line ends; a
 * cell that would start a formula is prefixed with an apostrophe (reporting entities' names come from data). The cells
 * are separated as the reader's spreadsheet expects: Excel set to Italian splits on semicolons (the comma is its decimal
 * sign) and would show a comma-separated file as one column, so the Italian export uses {@code ;}, the English one
 * {@code ,}.
 * Internal exports add the months by municipality (code {@code <month>/<municipality>}) and the durations (code
 * {@code <municipality>/<column>}).
 */
final class FiguresCsv {

	private FiguresCsv() {
	}

	/** The separator a spreadsheet in that language splits on. */
	static char separatorFor(Locale locale) {
		return Locale.ITALIAN.getLanguage().equals(locale.getLanguage()) ? ';' : ',';
	}

	static void write(FotografiaReport report, boolean internal, Labels labels, OutputStream stream) throws IOException {
		write(report, internal, labels, separatorFor(labels.locale()), stream);
	}

	static void write(FotografiaReport report, boolean internal, Labels labels, char separator, OutputStream stream)
			throws IOException {
		Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
		out.write('\uFEFF');
		row(out, separator, "table", "code", "label", "count");
		for (FigureTable table : report.tables()) {
			table(out, separator, table, report.audience(), labels);
		}
		if (internal) {
			for (FigureTable table : report.internalTables()) {
				table(out, separator, table, Audience.INTERNAL, labels);
			}
			for (FigureMatrix matrix : report.matrices()) {
				for (List<@Nullable Object> cells : matrix.rows()) {
					String rowLabel = String.valueOf(cells.get(0));
					for (int column = 1; column < cells.size(); column++) {
						Object value = cells.get(column);
						row(out, separator, matrix.id(), rowLabel + "/" + matrix.headings().get(column),
								rowLabel + " – " + matrix.headings().get(column), value == null ? "" : value.toString());
					}
				}
			}
		}
		out.flush();
	}

	private static void table(Writer out, char separator, FigureTable table, Audience audience, Labels labels)
			throws IOException {
		Suppression.Shown shown = Suppression.shown(table, audience);
		for (int i = 0; i < table.rows().size(); i++) {
			FigureTable.Row row = table.rows().get(i);
			String mark = shown.cells().get(i);
			row(out, separator, table.id(), row.code(), row.label(), mark != null ? mark : Long.toString(row.count()));
		}
		if (table.withTotal()) {
			row(out, separator, table.id(), "total", labels.text("total"),
					shown.total() != null ? shown.total() : Long.toString(table.total()));
		}
	}

	private static void row(Writer out, char separator, String... cells) throws IOException {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				out.write(separator);
			}
			out.write(cell(cells[i], separator));
		}
		out.write("\r\n");
	}

	static String cell(String value) {
		return cell(value, ',');
	}

	static String cell(String value, char separator) {
		if (value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
		String text = formula ? "'" + value : value;
		boolean quote = text.indexOf(separator) >= 0 || text.indexOf(',') >= 0 || text.indexOf('"') >= 0
				|| text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0;
		return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}
}
