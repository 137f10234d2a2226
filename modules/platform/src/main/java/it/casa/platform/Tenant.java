package it.casa.platform;

import java.util.Set;

/**
 * A tenant as registered: a municipality, or the district (the shared schema of the agency).
 *
 * @param schema the PostgreSQL schema holding the tenant's data
 * @param enabledModules the function modules this tenant uses, e.g. {@code casework}; others are invisible to it
 * @param enabled a disabled tenant keeps its data but answers as if it did not exist
 */
public record Tenant(TenantId id, String displayName, Kind kind, String schema, Set<String> enabledModules,
		boolean enabled) {

	public Tenant {
		enabledModules = Set.copyOf(enabledModules);
	}

	public boolean isMunicipality() {
		return kind == Kind.MUNICIPALITY;
	}

	public boolean uses(String module) {
		return enabledModules.contains(module);
	}

	public enum Kind {
		MUNICIPALITY, DISTRICT
	}
}
