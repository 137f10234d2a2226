package it.casa.monitoring.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import it.casa.monitoring.FigureTable;

/**
 * Small-count suppression for figures meant for outside readers. A count of 1 or 2 could point at a person
 * ("the one single mother of Colturano"), so it is shown as {@value #SMALL}. Hiding it is not enough when the table's
 * total is published: with one hidden cell, or hidden cells that can only all be 1 or all be 2, a reader works the
 * values out by subtraction. Then the smallest other counts are withheld too ({@value #WITHHELD}, known to be at least
 * 3), until no hidden small count can be told; if nothing is left to withhold, the total is withheld. A total of 1 or 2
 * is itself small. Zeros are shown: they point at nobody.
 * <p>
 * This protects each table on its own. Tables of the same people by different categories, or exports of nested
 * filters (the district and then each municipality), can still narrow a value; docs/adr/0010 says so.
 */
final class Suppression {

	static final String SMALL = "<3";

	static final String WITHHELD = "n.d.";

	private Suppression() {
	}

	/** What to show for one count on its own (no total to protect): the number, or {@value #SMALL}. */
	static String single(long count) {
		return isSmall(count) ? SMALL : Long.toString(count);
	}

	static boolean isSmall(long count) {
		return count >= 1 && count <= 2;
	}

	/**
	 * What to show for each count of a table whose total is published.
	 *
	 * @return for each count, and for the total, the text to show instead of the number, or null to show the number
	 */
	static Shown table(List<Long> counts) {
		long total = counts.stream().mapToLong(Long::longValue).sum();
		List<@Nullable String> shown = new ArrayList<>();
		counts.forEach(count -> shown.add(isSmall(count) ? SMALL : null));
		if (isSmall(total)) {
			return new Shown(shown, SMALL);
		}
		while (someSmallCountCanBeWorkedOut(counts, shown, total)) {
			int next = IntStream.range(0, counts.size())
				.filter(i -> shown.get(i) == null && counts.get(i) > 0)
				.boxed()
				.min(Comparator.comparingLong(counts::get))
				.orElse(-1);
			if (next < 0) {
				return new Shown(shown, WITHHELD);
			}
			shown.set(next, WITHHELD);
		}
		return new Shown(shown, null);
	}

	/**
	 * Whether a reader who knows the total, the shown counts, that each {@value #SMALL} is 1 or 2 and each
	 * {@value #WITHHELD} at least 3 can tell the value of some {@value #SMALL}. With k small and m withheld cells whose
	 * sum is H, a small cell can be 1 or 2 exactly when some assignment reaches H with it at 2: H - 3m >= k + 1 (the
	 * others at their least); when there are no withheld cells the small ones must also be able to take 1: H < 2k.
	 */
	static boolean someSmallCountCanBeWorkedOut(List<Long> counts, List<@Nullable String> shown, long total) {
		int small = 0;
		int withheld = 0;
		long visible = 0;
		for (int i = 0; i < counts.size(); i++) {
			String mark = shown.get(i);
			if (SMALL.equals(mark)) {
				small++;
			}
			else if (WITHHELD.equals(mark)) {
				withheld++;
			}
			else {
				visible += counts.get(i);
			}
		}
		if (small == 0) {
			return false;
		}
		long hidden = total - visible;
		if (withheld == 0) {
			return small == 1 || hidden == small || hidden == 2L * small;
		}
		return hidden - 3L * withheld < small + 1;
	}

	/** What to show instead of each count of {@code table} and of its total, for {@code audience} (null: the number). */
	static Shown shown(FigureTable table, Audience audience) {
		if (audience == Audience.INTERNAL) {
			return new Shown(table.rows().stream().map(row -> (@Nullable String) null).toList(), null);
		}
		if (!table.withTotal()) {
			return new Shown(table.rows().stream().map(row -> isSmall(row.count()) ? SMALL : null).toList(), null);
		}
		return table(table.rows().stream().map(FigureTable.Row::count).toList());
	}

	/** @param cells for each count the text replacing it, or null; {@code total} likewise */
	record Shown(List<@Nullable String> cells, @Nullable String total) {
	}
}
