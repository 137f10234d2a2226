package it.casa.monitoring.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One table of counts as exported: a label and a count per row, and the total when the table has one. For outside
 * readers, {@link #shown} tells which counts to hide.
 *
 * @param id a stable key, the CSV's first column (e.g. {@code housingSituation})
 * @param labelHeading the heading of the label column
 */
record ExportTable(String id, String title, String labelHeading, String countHeading, List<Row> rows,
		boolean withTotal) {

	ExportTable {
		rows = List.copyOf(rows);
	}

	long total() {
		return rows.stream().mapToLong(Row::count).sum();
	}

	/** What to show instead of each count and of the total (null: the number itself). */
	Suppression.Shown shown(Audience audience) {
		if (audience == Audience.INTERNAL) {
			return new Suppression.Shown(rows.stream().map(row -> (@Nullable String) null).toList(), null);
		}
		if (!withTotal) {
			return new Suppression.Shown(rows.stream().map(row -> Suppression.isSmall(row.count()) ? Suppression.SMALL : null).toList(), null);
		}
		return Suppression.table(rows.stream().map(Row::count).toList());
	}

	/** @param code a stable key of the row (a category's name, a municipality's id) */
	record Row(String code, String label, long count) {
	}
}
