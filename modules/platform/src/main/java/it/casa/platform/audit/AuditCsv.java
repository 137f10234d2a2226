package it.casa.platform.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Writes the trail as RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they hold a comma, a quote
 * or a line break. Administrators open exports in spreadsheets, so a cell that would start a formula
 * ({@code = + - @}, tab, carriage return) is prefixed with an apostrophe and shown as text (CSV injection).
 */
final class AuditCsv {

	static final List<String> HEADER = List.of("id", "occurred_at", "actor", "actor_roles", "tenant", "action",
			"record_type", "record_id", "reason", "request_id", "previous_hash", "hash");

	private final Writer out;

	AuditCsv(Writer out) {
		this.out = out;
	}

	void writeHeader() {
		writeRow(HEADER);
	}

	void write(AuditEntry entry) {
		writeRow(Arrays.asList(Long.toString(entry.id()), entry.occurredAt().toString(), entry.actor(),
				String.join(",", entry.actorRoles()), entry.tenant(), entry.action(), entry.recordType(),
				entry.recordId(), entry.reason(), entry.requestId(), entry.previousHash(), entry.hash()));
	}

	private void writeRow(List<? extends @Nullable String> cells) {
		try {
			for (int i = 0; i < cells.size(); i++) {
				if (i > 0) {
					out.write(',');
				}
				out.write(cell(cells.get(i)));
			}
			out.write("\r\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One field, neutralised and quoted as needed; null is the empty field. */
	static String cell(@Nullable String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String text = startsFormula(value) ? "'" + value : value;
		boolean needsQuotes = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\r') >= 0
				|| text.indexOf('\n') >= 0;
		return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}

	private static boolean startsFormula(String value) {
		char first = value.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}
}
