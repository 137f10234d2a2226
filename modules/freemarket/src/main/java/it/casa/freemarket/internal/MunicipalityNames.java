package it.casa.freemarket.internal;

import org.springframework.stereotype.Component;

import it.casa.platform.Tenant;
import it.casa.platform.TenantDirectory;
import it.casa.platform.TenantId;

/** A municipality's name for its id, as the screens show it (a partner's people have no list of municipalities). */
@Component
class MunicipalityNames {

	private final TenantDirectory tenants;

	MunicipalityNames(TenantDirectory tenants) {
		this.tenants = tenants;
	}

	String nameOf(String id) {
		return TenantId.isWellFormed(id) ? tenants.find(TenantId.of(id)).map(Tenant::displayName).orElse(id) : id;
	}
}
