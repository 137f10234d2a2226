package it.casa.platform.tenancy;

import java.util.Set;
import java.util.regex.Pattern;

import it.casa.platform.Tenant;
import it.casa.platform.TenantId;

/** A tenant as declared in a file of {@code tenants/} or by an administrator, before it is registered. */
record TenantDefinition(TenantId id, String displayName, Tenant.Kind kind, String schema, Set<String> modules,
		boolean enabled) {

	static final Pattern SCHEMA_NAME = Pattern.compile("[a-z][a-z0-9_]{0,50}");

	TenantDefinition {
		modules = Set.copyOf(modules);
	}

	Tenant toTenant() {
		return new Tenant(id, displayName, kind, schema, modules, enabled);
	}

	static TenantDefinition of(Tenant tenant) {
		return new TenantDefinition(tenant.id(), tenant.displayName(), tenant.kind(), tenant.schema(),
				tenant.enabledModules(), tenant.enabled());
	}

	/** A schema name PostgreSQL or the platform already uses, which no municipality may take. */
	static boolean isReservedSchema(String schema) {
		return schema.equals("public") || schema.equals("information_schema") || schema.startsWith("pg_")
				|| schema.equals(DatabaseRoles.DISTRICT_SCHEMA) || schema.equals("municipalities");
	}
}
