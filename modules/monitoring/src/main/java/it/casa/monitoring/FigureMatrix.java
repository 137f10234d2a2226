package it.casa.monitoring;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A table with several value columns (months by municipality, durations), for internal exports only.
 *
 * @param rows each row's first cell is its label; the others are {@link Long}, {@link Double} or null (no value)
 */
public record FigureMatrix(String id, String title, List<String> headings, List<List<@Nullable Object>> rows) {

	public FigureMatrix {
		headings = List.copyOf(headings);
		rows = List.copyOf(rows);
	}
}
