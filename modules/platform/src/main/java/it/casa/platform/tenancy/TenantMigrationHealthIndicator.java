package it.casa.platform.tenancy;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import it.casa.platform.Tenant;
import it.casa.platform.TenantId;

/** Health of the tenant schemas: DOWN when any registered schema failed its last migration. */
final class TenantMigrationHealthIndicator implements HealthIndicator {

	private final TenantProvisioning provisioning;

	private final TenantRegistry registry;

	TenantMigrationHealthIndicator(TenantProvisioning provisioning, TenantRegistry registry) {
		this.provisioning = provisioning;
		this.registry = registry;
	}

	@Override
	public Health health() {
		Map<TenantId, MigrationState> states = provisioning.migrationStates();
		Map<String, Object> details = new TreeMap<>();
		boolean healthy = true;
		for (TenantStore.StoredTenant stored : registry.allStored()) {
			Tenant tenant = stored.tenant();
			MigrationState state = states.get(tenant.id());
			if (state == null || state.status() == MigrationState.Status.FAILED) {
				healthy = false;
			}
			details.put(tenant.id().value(), state == null ? Map.of("status", "PENDING")
					: Map.of("status", state.status(), "schema", tenant.schema(), "changesets", state.appliedChangesets(),
							"enabled", tenant.enabled(), "at", state.at().toString()));
		}
		return (healthy ? Health.up() : Health.down()).withDetails(details).build();
	}
}
