package it.casa.casework;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import it.casa.platform.module.DistrictClock;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.UpdateCountCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Case work's tenant changelog on a scratch schema, for the tests of its data migrations: migrate up to the changeset
 * before the one tested, write rows as the older code wrote them, migrate to the end, read what became of them.
 */
final class ScratchSchema {

	static final String CHANGELOG = "db/changelog/tenant/casework.sql";

	private ScratchSchema() {
	}

	/** Runs case work's tenant changelog on {@code schema}: its first {@code count} changesets, or all when null. */
	static void migrate(Connection connection, String schema, Integer count) throws Exception {
		execute(connection, "SET search_path TO " + schema);
		// As SchemaMigrator does: CURRENT_DATE in a changeset is the district's day.
		execute(connection, "SET TIME ZONE '" + DistrictClock.ZONE.getId() + "'");
		Database liquibase = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
		liquibase.setDefaultSchemaName(schema);
		liquibase.setLiquibaseSchemaName(schema);
		Map<String, Object> scope = Map.of(Scope.Attr.resourceAccessor.name(),
				new ClassLoaderResourceAccessor(ScratchSchema.class.getClassLoader()), "liquibase.analytics.enabled",
				false);
		try {
			Scope.child(scope, () -> {
				CommandScope command = count == null ? new CommandScope(UpdateCommandStep.COMMAND_NAME)
						.addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
						: new CommandScope(UpdateCountCommandStep.COMMAND_NAME)
							.addArgumentValue(UpdateCountCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
							.addArgumentValue(UpdateCountCommandStep.COUNT_ARG, count);
				command.addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, liquibase).execute();
			});
		}
		finally {
			connection.setAutoCommit(true);
			execute(connection, "SET search_path TO public");
		}
	}

	/** The rows of a query by their first column, each with the other columns (dates as LocalDate). */
	static Map<String, List<Object>> rows(Connection connection, String sql, Object... arguments)
			throws SQLException {
		Map<String, List<Object>> rows = new LinkedHashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < arguments.length; i++) {
				statement.setObject(i + 1, arguments[i]);
			}
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					List<Object> values = new ArrayList<>();
					for (int column = 2; column <= result.getMetaData().getColumnCount(); column++) {
						Object value = result.getObject(column);
						values.add(value instanceof Date date ? date.toLocalDate() : value);
					}
					rows.put(result.getString(1), values);
				}
			}
		}
		return rows;
	}

	static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}
}
