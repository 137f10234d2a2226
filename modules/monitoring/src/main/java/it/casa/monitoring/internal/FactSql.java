package it.casa.monitoring.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import it.casa.monitoring.DistrictFigures.CategoryCount;

/** What the queries over the fact tables share: arguments bound as PostgreSQL arrays, and rows read into counts. */
final class FactSql {

	private FactSql() {
	}

	/** A {@code text[]} argument, for {@code = ANY (?)}. */
	record TextArray(List<String> values) {
	}

	/** An {@code int4[]} argument, for {@code = ANY (?)}. */
	record IntArray(List<Integer> values) {
	}

	static void bind(PreparedStatement statement, List<?> arguments) throws SQLException {
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
	static <C extends Enum<C>> List<CategoryCount<C>> categories(Class<C> type, Map<C, Long> counts) {
		List<CategoryCount<C>> result = new ArrayList<>();
		for (C category : type.getEnumConstants()) {
			result.add(new CategoryCount<>(category, counts.getOrDefault(category, 0L)));
		}
		return result;
	}

	/** A figure rounded to one decimal, or null when the database had none (no rows to average). */
	static @Nullable Double oneDecimal(ResultSet row, String column) throws SQLException {
		double value = row.getDouble(column);
		return row.wasNull() ? null : Math.round(value * 10) / 10.0;
	}
}
