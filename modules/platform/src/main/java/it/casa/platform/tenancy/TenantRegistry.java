package it.casa.platform.tenancy;

import java.sql.SQLException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import it.casa.platform.Tenant;
import it.casa.platform.TenantDirectory;
import it.casa.platform.TenantId;
import it.casa.platform.UnknownTenantException;

/**
 * The registered tenants, held in memory and refreshed from {@code district.tenant} whenever the platform
 * changes them. Looked up on every request and every borrowed connection, so reads never touch the database.
 */
final class TenantRegistry implements TenantDirectory {

	private final TenantStore store;

	private volatile Map<TenantId, TenantStore.StoredTenant> tenants = Map.of();

	TenantRegistry(TenantStore store) {
		this.store = store;
	}

	void reload() throws SQLException {
		Map<TenantId, TenantStore.StoredTenant> loaded = new LinkedHashMap<>();
		for (TenantStore.StoredTenant stored : store.findAll()) {
			loaded.put(stored.tenant().id(), stored);
		}
		tenants = Map.copyOf(loaded);
	}

	Optional<TenantStore.StoredTenant> findStored(TenantId id) {
		return Optional.ofNullable(tenants.get(id));
	}

	List<TenantStore.StoredTenant> allStored() {
		return tenants.values().stream().sorted(Comparator.comparing(stored -> stored.tenant().displayName())).toList();
	}

	@Override
	public Optional<Tenant> find(TenantId id) {
		return findStored(id).map(TenantStore.StoredTenant::tenant);
	}

	@Override
	public Tenant requireActiveMunicipality(TenantId id) {
		return find(id).filter(Tenant::isMunicipality)
			.filter(Tenant::enabled)
			.orElseThrow(() -> new UnknownTenantException(id.value()));
	}

	@Override
	public List<Tenant> activeMunicipalities() {
		return allStored().stream()
			.map(TenantStore.StoredTenant::tenant)
			.filter(Tenant::isMunicipality)
			.filter(Tenant::enabled)
			.toList();
	}

	@Override
	public Tenant district() {
		return tenants.values().stream()
			.map(TenantStore.StoredTenant::tenant)
			.filter(tenant -> tenant.kind() == Tenant.Kind.DISTRICT)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The district is not registered"));
	}
}
