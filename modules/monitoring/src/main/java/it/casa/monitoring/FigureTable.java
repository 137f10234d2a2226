package it.casa.monitoring;

import java.util.List;

/**
 * One table of counts as the exports show it: a label and a count per row, and the total when the table has one.
 * Monitoring hides small counts for outside readers; the source gives the exact ones.
 *
 * @param id a stable key, the CSV's first column (e.g. {@code housingSituation})
 * @param labelHeading the heading of the label column
 */
public record FigureTable(String id, String title, String labelHeading, String countHeading, List<Row> rows,
		boolean withTotal) {

	public FigureTable {
		rows = List.copyOf(rows);
	}

	/** A single figure ("Colloqui ...: 9"): one row, no total, printed on one line. */
	public static FigureTable single(String id, String title, String countHeading, long count) {
		return new FigureTable(id, title, "", countHeading, List.of(new Row(id, title, count)), false);
	}

	public long total() {
		return rows.stream().mapToLong(Row::count).sum();
	}

	/** @param code a stable key of the row (a category's name, a municipality's id) */
	public record Row(String code, String label, long count) {
	}
}
