package it.casa.monitoring;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import it.casa.monitoring.DistrictFigures.CategoryCount;

/**
 * What the sources' projections and queries over their fact tables share: arguments bound as PostgreSQL arrays, rows
 * read into counts.
 */
public final class FigureSql {

	private FigureSql() {
	}

	/** A {@code text[]} argument, for {@code = ANY (?)}. */
	public record TextArray(List<String> values) {

		public TextArray {
			values = List.copyOf(values);
		}
	}

	/** An {@code int4[]} argument, for {@code = ANY (?)}. */
	public record IntArray(List<Integer> values) {

		public IntArray {
			values = List.copyOf(values);
		}
	}

	public static void bind(PreparedStatement statement, List<?> arguments) throws SQLException {
		for (int i = 0; i < arguments.size(); i++) {
			Object argument = arguments.get(i);
			int index = i + 1;
			if (argument instanceof TextArray array) {
				statement.setArray(index, statement.getConnection().createArrayOf("text", array.values().toArray()));
			}
			else if (argument instanceof IntArray array) {
				statement.setArray(index, statement.getConnection().createArrayOf("int4", array.values().toArray()));
			}
			else {
				statement.setObject(index, argument);
			}
		}
	}

	/** Every category of {@code type} in declaration order, those without rows counted as zero. */
	public static <C extends Enum<C>> List<CategoryCount<C>> categories(Class<C> type, Map<C, Long> counts) {
		List<CategoryCount<C>> result = new ArrayList<>();
		for (C category : type.getEnumConstants()) {
			result.add(new CategoryCount<>(category, counts.getOrDefault(category, 0L)));
		}
		return result;
	}

	/** A figure rounded to one decimal, or null when the database had none (no rows to average). */
	public static @Nullable Double oneDecimal(ResultSet row, String column) throws SQLException {
		double value = row.getDouble(column);
		return row.wasNull() ? null : Math.round(value * 10) / 10.0;
	}
}
