package it.casa.platform;

import java.util.List;
import java.util.Optional;

/** Read access to the registered tenants, for any module. */
public interface TenantDirectory {

	/** The tenant with this id, if registered (enabled or not). */
	Optional<Tenant> find(TenantId id);

	/** The enabled municipality with this id, or {@link UnknownTenantException}. */
	Tenant requireActiveMunicipality(TenantId id);

	/** Every enabled municipality, ordered by display name. */
	List<Tenant> activeMunicipalities();

	/** The district itself: the agency's shared schema. */
	Tenant district();
}
