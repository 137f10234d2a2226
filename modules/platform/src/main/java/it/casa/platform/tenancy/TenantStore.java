package it.casa.platform.tenancy;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import it.casa.platform.Tenant;
import it.casa.platform.TenantId;
import it.casa.platform.database.ConnectionSettings;

/**
 * The tenant registry table ({@code district.tenant}). It is the source of truth once a tenant exists: files in
 * {@code tenants/} seed it and keep updating the tenants they manage, until an administrator changes a tenant
 * through the API, after which the administrator's version wins over the file.
 */
final class TenantStore {

	enum ManagedBy {
		FILE, ADMINISTRATOR
	}

	/**
	 * @param definition the tenant as declared, with its exceptions to the modules' defaults
	 * @param tenant the same with the modules it uses today
	 */
	record StoredTenant(TenantDefinition definition, Tenant tenant, ManagedBy managedBy, long version) {
	}

	private final ConnectionSettings settings;

	private final ModuleCatalogue modules;

	TenantStore(ConnectionSettings settings, ModuleCatalogue modules) {
		this.settings = settings;
		this.modules = modules;
	}

	List<StoredTenant> findAll() throws SQLException {
		try (Connection connection = settings.openDedicatedConnection();
				PreparedStatement select = connection.prepareStatement("""
						SELECT id, display_name, kind, schema_name, modules_on, modules_off, enabled, managed_by, version
						FROM district.tenant ORDER BY display_name""");
				ResultSet rows = select.executeQuery()) {
			List<StoredTenant> tenants = new ArrayList<>();
			while (rows.next()) {
				TenantDefinition definition = new TenantDefinition(TenantId.of(rows.getString("id")),
						rows.getString("display_name"), Tenant.Kind.valueOf(rows.getString("kind")),
						rows.getString("schema_name"),
						new ModuleChoices(texts(rows.getArray("modules_on")), texts(rows.getArray("modules_off"))),
						rows.getBoolean("enabled"));
				tenants.add(new StoredTenant(definition, definition.toTenant(modules),
						ManagedBy.valueOf(rows.getString("managed_by")), rows.getLong("version")));
			}
			return tenants;
		}
	}

	Optional<StoredTenant> find(TenantId id) throws SQLException {
		return findAll().stream().filter(stored -> stored.tenant().id().equals(id)).findFirst();
	}

	/** Inserts a new tenant; false when the id or the schema is already taken. */
	boolean insert(TenantDefinition definition, ManagedBy managedBy) throws SQLException {
		try (Connection connection = settings.openDedicatedConnection();
				PreparedStatement insert = connection.prepareStatement("""
						INSERT INTO district.tenant (id, display_name, kind, schema_name, modules_on, modules_off, enabled,
						  managed_by)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")) {
			bind(connection, insert, definition);
			insert.setString(8, managedBy.name());
			return insert.executeUpdate() == 1;
		}
	}

	/** Updates a tenant if it still has {@code expectedVersion}; false when someone else changed it first. */
	boolean update(TenantDefinition definition, ManagedBy managedBy, long expectedVersion) throws SQLException {
		try (Connection connection = settings.openDedicatedConnection();
				PreparedStatement update = connection.prepareStatement("""
						UPDATE district.tenant SET id = ?, display_name = ?, kind = ?, schema_name = ?, modules_on = ?,
						  modules_off = ?, enabled = ?, managed_by = ?, version = version + 1, updated_at = now()
						WHERE id = ? AND version = ?""")) {
			bind(connection, update, definition);
			update.setString(8, managedBy.name());
			update.setString(9, definition.id().value());
			update.setLong(10, expectedVersion);
			return update.executeUpdate() == 1;
		}
	}

	private static void bind(Connection connection, PreparedStatement statement, TenantDefinition definition)
			throws SQLException {
		statement.setString(1, definition.id().value());
		statement.setString(2, definition.displayName());
		statement.setString(3, definition.kind().name());
		statement.setString(4, definition.schema());
		statement.setArray(5, textArray(connection, definition.modules().switchedOn()));
		statement.setArray(6, textArray(connection, definition.modules().switchedOff()));
		statement.setBoolean(7, definition.enabled());
	}

	private static Array textArray(Connection connection, Set<String> values) throws SQLException {
		return connection.createArrayOf("text", values.stream().sorted().toArray());
	}

	private static Set<String> texts(Array array) throws SQLException {
		return new HashSet<>(Arrays.asList((String[]) array.getArray()));
	}
}
