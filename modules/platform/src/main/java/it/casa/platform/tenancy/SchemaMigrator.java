package it.casa.platform.tenancy;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import it.casa.platform.database.ConnectionSettings;
import it.casa.platform.module.DistrictClock;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.UpdateSummaryOutputEnum;

/**
 * Runs the modules' Liquibase changelogs on one schema, then grants the schema to its role.
 * <p>
 * Each module brings {@code db/changelog/tenant/<module>.sql} (applied to every municipality's schema) and may
 * bring {@code db/changelog/district/<module>.sql} (applied to the shared district schema). Migrations run on a
 * dedicated connection that is closed afterwards: Liquibase leaves {@code search_path} settings behind, which
 * must never reach a pooled connection.
 */
final class SchemaMigrator {

	static final String TENANT_CHANGELOGS = "db/changelog/tenant/";

	static final String DISTRICT_CHANGELOGS = "db/changelog/district/";

	/** Every municipality's role belongs to this group; district objects all tenants may use are granted to it. */
	static final String ALL_MUNICIPALITIES_ROLE = "casa_municipalities";

	private final ConnectionSettings settings;

	private final List<String> tenantChangelogs;

	private final List<String> districtChangelogs;

	SchemaMigrator(ConnectionSettings settings) {
		this.settings = settings;
		this.tenantChangelogs = changelogsUnder(TENANT_CHANGELOGS);
		this.districtChangelogs = changelogsUnder(DISTRICT_CHANGELOGS);
	}

	/** Creates the district schema, its role and the municipalities' group role, and migrates the schema. */
	int migrateDistrict() throws SQLException {
		try (Connection connection = settings.openDedicatedConnection()) {
			ensureRole(connection, DatabaseRoles.DISTRICT_ROLE);
			ensureRole(connection, ALL_MUNICIPALITIES_ROLE);
			ensureSchema(connection, DatabaseRoles.DISTRICT_SCHEMA);
			update(connection, DatabaseRoles.DISTRICT_SCHEMA, districtChangelogs);
			execute(connection, "GRANT USAGE ON SCHEMA district TO " + DatabaseRoles.quoted(DatabaseRoles.DISTRICT_ROLE)
					+ ", " + ALL_MUNICIPALITIES_ROLE);
			return appliedChangesets(connection, DatabaseRoles.DISTRICT_SCHEMA);
		}
	}

	/** Creates (if needed) and migrates one municipality's schema and role; returns the applied changesets. */
	int migrateMunicipality(String schema) throws SQLException {
		String role = DatabaseRoles.quoted(DatabaseRoles.roleFor(schema));
		String quotedSchema = DatabaseRoles.quoted(schema);
		try (Connection connection = settings.openDedicatedConnection()) {
			ensureRole(connection, DatabaseRoles.roleFor(schema));
			execute(connection, "GRANT " + ALL_MUNICIPALITIES_ROLE + " TO " + role);
			ensureSchema(connection, schema);
			update(connection, schema, tenantChangelogs);
			execute(connection, "GRANT USAGE ON SCHEMA " + quotedSchema + " TO " + role);
			execute(connection, "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + quotedSchema + " TO " + role);
			execute(connection, "GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA " + quotedSchema + " TO " + role);
			if (hasChangelogTable(connection, schema)) {
				// The tenant's role works with the data, never with the migration history.
				execute(connection, "REVOKE ALL ON TABLE " + quotedSchema + ".databasechangelog, " + quotedSchema
						+ ".databasechangeloglock FROM " + role);
			}
			return appliedChangesets(connection, schema);
		}
	}

	private void update(Connection connection, String schema, List<String> changelogs) throws SQLException {
		if (changelogs.isEmpty()) {
			return;
		}
		execute(connection, "SET search_path TO " + DatabaseRoles.quoted(schema));
		// A changeset's CURRENT_DATE is the district's day, not the server's: between midnight in Rome and midnight
		// UTC they differ, and a migration that dates something "from today" must agree with the application.
		execute(connection, "SET TIME ZONE '" + DistrictClock.ZONE.getId() + "'");
		try {
			Database database = DatabaseFactory.getInstance()
				.findCorrectDatabaseImplementation(new JdbcConnection(connection));
			database.setDefaultSchemaName(schema);
			database.setLiquibaseSchemaName(schema);
			Map<String, Object> scope = Map.of(Scope.Attr.resourceAccessor.name(),
					new ClassLoaderResourceAccessor(SchemaMigrator.class.getClassLoader()),
					// Liquibase 4.30+ would otherwise try to send usage analytics over the network.
					"liquibase.analytics.enabled", false);
			Scope.child(scope, () -> {
				for (String changelog : changelogs) {
					new CommandScope(UpdateCommandStep.COMMAND_NAME)
						.addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
						.addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
						.addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
						.execute();
				}
			});
		}
		catch (Exception ex) {
			throw new SQLException("Migration of schema " + schema + " failed: " + ex.getMessage(), ex);
		}
		finally {
			// Liquibase turns auto-commit off; the grants that follow must not wait for a commit that never comes.
			connection.setAutoCommit(true);
		}
	}

	private static void ensureRole(Connection connection, String role) throws SQLException {
		// Roles are cluster-wide and may already exist (another database on the same server, a concurrent start).
		execute(connection, "DO $$ BEGIN CREATE ROLE " + DatabaseRoles.quoted(role)
				+ " NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$");
		// A non-superuser owner needs membership to SET ROLE; for a superuser this is harmless.
		execute(connection, "DO $$ BEGIN EXECUTE format('GRANT %I TO %I', '" + DatabaseRoles.quoted(role).replace("\"", "")
				+ "', current_user); EXCEPTION WHEN invalid_grant_operation THEN NULL; END $$");
	}

	private static void ensureSchema(Connection connection, String schema) throws SQLException {
		execute(connection, "CREATE SCHEMA IF NOT EXISTS " + DatabaseRoles.quoted(schema));
	}

	private static boolean hasChangelogTable(Connection connection, String schema) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT to_regclass('" + DatabaseRoles.quoted(schema) + ".databasechangelog')")) {
			rows.next();
			return rows.getString(1) != null;
		}
	}

	private static int appliedChangesets(Connection connection, String schema) throws SQLException {
		if (!hasChangelogTable(connection, schema)) {
			return 0;
		}
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + DatabaseRoles.quoted(schema) + ".databasechangelog")) {
			rows.next();
			return rows.getInt(1);
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static List<String> changelogsUnder(String folder) {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver(SchemaMigrator.class.getClassLoader())
				.getResources("classpath*:" + folder + "*.sql");
			return Arrays.stream(resources)
				.map(Resource::getFilename)
				.filter(Objects::nonNull)
				.distinct()
				.sorted(Comparator.naturalOrder())
				.map(name -> folder + name)
				.toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot list the changelogs under " + folder, ex);
		}
	}
}
