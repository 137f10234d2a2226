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

	record StoredTenant(Tenant tenant, ManagedBy managedBy, long version) {
	}

	private final ConnectionSettings settings;

	TenantStore(ConnectionSettings settings) {
		this.settings = settings;
	}

	List<StoredTenant> findAll() throws SQLException {
		try (Connection connection = settings.openDedicatedConnection();
				PreparedStatement select = connection.prepareStatement("""
						SELECT id, display_name, kind, schema_name, modules, enabled, managed_by, version
						FROM district.tenant ORDER BY display_name""");
				ResultSet rows = select.executeQuery()) {
			List<StoredTenant> tenants = new ArrayList<>();
			while (rows.next()) {
				String[] modules = (String[]) rows.getArray("modules").getArray();
				Tenant tenant = new Tenant(TenantId.of(rows.getString("id")), rows.getString("display_name"),
						Tenant.Kind.valueOf(rows.getString("kind")), rows.getString("schema_name"),
						new HashSet<>(Arrays.asList(modules)), rows.getBoolean("enabled"));
				tenants.add(new StoredTenant(tenant, ManagedBy.valueOf(rows.getString("managed_by")), rows.getLong("version")));
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
						INSERT INTO district.tenant (id, display_name, kind, schema_name, modules, enabled, managed_by)
						VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")) {
			bind(connection, insert, definition);
			insert.setString(7, managedBy.name());
			return insert.executeUpdate() == 1;
		}
	}

	/** Updates a tenant if it still has {@code expectedVersion}; false when someone else changed it first. */
	boolean update(TenantDefinition definition, ManagedBy managedBy, long expectedVersion) throws SQLException {
		try (Connection connection = settings.openDedicatedConnection();
				PreparedStatement update = connection.prepareStatement("""
						UPDATE district.tenant SET id = ?, display_name = ?, kind = ?, schema_name = ?, modules = ?,
						  enabled = ?, managed_by = ?, version = version + 1, updated_at = now()
						WHERE id = ? AND version = ?""")) {
			bind(connection, update, definition);
			update.setString(7, managedBy.name());
			update.setString(8, definition.id().value());
			update.setLong(9, expectedVersion);
			return update.executeUpdate() == 1;
		}
	}

	private static void bind(Connection connection, PreparedStatement statement, TenantDefinition definition)
			throws SQLException {
		Array modules = connection.createArrayOf("text", definition.modules().stream().sorted().toArray());
		statement.setString(1, definition.id().value());
		statement.setString(2, definition.displayName());
		statement.setString(3, definition.kind().name());
		statement.setString(4, definition.schema());
		statement.setArray(5, modules);
		statement.setBoolean(6, definition.enabled());
	}
}
