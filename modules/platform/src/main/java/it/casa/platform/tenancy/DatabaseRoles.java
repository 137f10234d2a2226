package it.casa.platform.tenancy;

import java.util.regex.Pattern;

/**
 * Names of the PostgreSQL roles the application switches to. Each municipality's schema has its own role
 * granted only that schema: a query that names another municipality's table fails with "permission denied".
 */
final class DatabaseRoles {

	static final String DISTRICT_SCHEMA = "district";

	static final String DISTRICT_ROLE = roleFor(DISTRICT_SCHEMA);

	private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

	private DatabaseRoles() {
	}

	static String roleFor(String schema) {
		return "casa_" + schema;
	}

	/** Schema and role names are validated against {@link TenantDefinition#SCHEMA_NAME}; quoting is belt and braces. */
	static String quoted(String identifier) {
		if (!IDENTIFIER.matcher(identifier).matches()) {
			throw new IllegalArgumentException("Not a valid identifier");
		}
		return '"' + identifier + '"';
	}
}
