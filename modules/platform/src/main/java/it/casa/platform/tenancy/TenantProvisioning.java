package it.casa.platform.tenancy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import it.casa.platform.Tenant;
import it.casa.platform.TenantId;

/**
 * Brings the database in line with the registered tenants: at start-up (district first, then the files in
 * {@code tenants/}, then every municipality's schema) and whenever an administrator adds or changes one at run
 * time. A new municipality is usable as soon as its migration succeeded, with no restart.
 */
final class TenantProvisioning {

	private static final Logger log = LoggerFactory.getLogger(TenantProvisioning.class);

	private final SchemaMigrator migrator;

	private final TenantStore store;

	private final TenantRegistry registry;

	private final ModuleCatalogue modules;

	private final Map<TenantId, MigrationState> migrationStates = new ConcurrentHashMap<>();

	TenantProvisioning(SchemaMigrator migrator, TenantStore store, TenantRegistry registry, ModuleCatalogue modules) {
		this.migrator = migrator;
		this.store = store;
		this.registry = registry;
		this.modules = modules;
	}

	Set<String> knownModules() {
		return modules.known();
	}

	Map<TenantId, MigrationState> migrationStates() {
		return Map.copyOf(migrationStates);
	}

	/** Fails start-up on any problem: serving a municipality whose schema is behind the code would corrupt data. */
	void startUp(Path tenantsDirectory) throws SQLException {
		List<TenantDefinition> files = TenantFiles.read(tenantsDirectory, modules.known());
		int districtChangesets = migrator.migrateDistrict();
		for (TenantDefinition definition : files) {
			syncFromFile(definition);
		}
		registry.reload();
		migrationStates.put(registry.district().id(), MigrationState.migrated(districtChangesets));
		for (TenantStore.StoredTenant stored : registry.allStored()) {
			Tenant tenant = stored.tenant();
			if (tenant.isMunicipality()) {
				migrate(tenant);
				if (migrationStates.get(tenant.id()).status() == MigrationState.Status.FAILED) {
					throw new IllegalStateException("Migration of municipality " + tenant.id() + " failed: "
							+ migrationStates.get(tenant.id()).problem());
				}
			}
		}
		log.info("Tenants ready: {} municipalities, district schema at {} changesets",
				registry.activeMunicipalities().size(), districtChangesets);
	}

	private void syncFromFile(TenantDefinition definition) throws SQLException {
		var stored = store.find(definition.id());
		if (stored.isEmpty()) {
			if (!store.insert(definition, TenantStore.ManagedBy.FILE)) {
				throw new IllegalStateException("Tenant file for " + definition.id() + " uses a schema ("
						+ definition.schema() + ") already registered for another tenant");
			}
			return;
		}
		if (stored.get().definition().equals(definition)) {
			return;
		}
		if (stored.get().managedBy() == TenantStore.ManagedBy.FILE) {
			if (!stored.get().tenant().schema().equals(definition.schema())) {
				throw new IllegalStateException("Tenant file for " + definition.id() + " changes the schema from "
						+ stored.get().tenant().schema() + " to " + definition.schema()
						+ "; moving a municipality's data is a manual operation, not a file edit");
			}
			store.update(definition, TenantStore.ManagedBy.FILE, stored.get().version());
		}
		else {
			log.warn("Tenant file for {} differs from the registry, which an administrator changed; the registry is kept",
					definition.id());
		}
	}

	private void migrate(Tenant tenant) {
		long started = System.nanoTime();
		try {
			int changesets = migrator.migrateMunicipality(tenant.schema());
			migrationStates.put(tenant.id(), MigrationState.migrated(changesets));
			log.info("Schema {} of {} migrated ({} changesets, {} ms)", tenant.schema(), tenant.id(), changesets,
					(System.nanoTime() - started) / 1_000_000);
		}
		catch (SQLException | RuntimeException ex) {
			migrationStates.put(tenant.id(), MigrationState.failed(ex.getClass().getSimpleName()));
			log.error("Migration of schema {} of {} failed", tenant.schema(), tenant.id(), ex);
		}
	}

	/**
	 * Registers a new municipality, creates and migrates its schema and role, and only then enables it.
	 *
	 * @throws TenantConflictException when the id or the schema is taken
	 */
	synchronized Tenant addMunicipality(TenantId id, String displayName, Set<String> chosen) throws SQLException {
		ModuleChoices choices = exactly(chosen);
		String schema = "tenant_" + id.value().replace('-', '_');
		TenantDefinition disabled = new TenantDefinition(id, displayName, Tenant.Kind.MUNICIPALITY, schema, choices, false);
		if (!store.insert(disabled, TenantStore.ManagedBy.ADMINISTRATOR)) {
			throw new TenantConflictException("A tenant with this id or schema already exists");
		}
		migrate(disabled.toTenant(modules));
		if (migrationStates.get(id).status() == MigrationState.Status.FAILED) {
			registry.reload();
			throw new IllegalStateException("The schema of the new municipality could not be migrated");
		}
		TenantDefinition enabled = new TenantDefinition(id, displayName, Tenant.Kind.MUNICIPALITY, schema, choices, true);
		store.update(enabled, TenantStore.ManagedBy.ADMINISTRATOR, 0);
		registry.reload();
		return registry.find(id).orElseThrow();
	}

	/**
	 * Changes name, modules or enabled flag of a municipality, if nobody changed it since {@code expectedVersion}. The
	 * modules chosen are pinned (ADR 0013): from now on the municipality uses exactly these of today's modules.
	 */
	synchronized Tenant changeMunicipality(TenantId id, String displayName, Set<String> chosen, boolean enabled,
			long expectedVersion) throws SQLException {
		ModuleChoices choices = exactly(chosen);
		TenantStore.StoredTenant current = store.find(id)
			.filter(stored -> stored.tenant().isMunicipality())
			.orElseThrow(() -> new it.casa.platform.UnknownTenantException(id.value()));
		TenantDefinition changed = new TenantDefinition(id, displayName, Tenant.Kind.MUNICIPALITY,
				current.tenant().schema(), choices, enabled);
		if (!store.update(changed, TenantStore.ManagedBy.ADMINISTRATOR, expectedVersion)) {
			throw new TenantConflictException("The municipality was changed by someone else; reload it and try again");
		}
		registry.reload();
		return registry.find(id).orElseThrow();
	}

	/** An administrator's choice of exactly {@code chosen} of the declared modules. */
	private ModuleChoices exactly(Set<String> chosen) {
		for (String module : chosen) {
			if (!modules.known().contains(module)) {
				throw new IllegalArgumentException("Unknown module '" + module + "'; known: " + modules.known());
			}
		}
		return ModuleChoices.exactly(chosen, modules);
	}
}
