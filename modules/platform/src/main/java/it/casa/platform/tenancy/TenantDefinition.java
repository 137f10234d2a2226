package it.casa.platform.tenancy;

import java.util.regex.Pattern;

import it.casa.platform.Tenant;
import it.casa.platform.TenantId;

/**
 * A tenant as declared in a file of {@code tenants/} or by an administrator, before it is registered.
 *
 * @param modules its exceptions to the modules' defaults
 */
record TenantDefinition(TenantId id, String displayName, Tenant.Kind kind, String schema, ModuleChoices modules,
		boolean enabled) {

	static final Pattern SCHEMA_NAME = Pattern.compile("[a-z][a-z0-9_]{0,50}");

	/** The tenant as the rest of the application sees it: with the modules it uses. */
	Tenant toTenant(ModuleCatalogue catalogue) {
		return new Tenant(id, displayName, kind, schema, modules.applyTo(catalogue), enabled);
	}

	/** A schema name PostgreSQL or the platform already uses, which no municipality may take. */
	static boolean isReservedSchema(String schema) {
		return schema.equals("public") || schema.equals("information_schema") || schema.startsWith("pg_")
				|| schema.equals(DatabaseRoles.DISTRICT_SCHEMA) || schema.equals("municipalities");
	}
}
