package it.casa.platform;

import java.util.Set;

/**
 * Declares a function module (casework, emergency, ...) to the platform, which checks tenant files against
 * the declared names, hides a module's API from tenants that do not use it, and lists to each user the modules
 * their municipality uses and their roles may open.
 *
 * @param name the module's key, also the second segment of its API paths: {@code /api/<name>/...}
 * @param roles the roles that may use the module at all (finer checks stay on the module's own methods)
 */
public record FunctionModule(String name, Set<Role> roles) {

	public FunctionModule {
		roles = Set.copyOf(roles);
	}

	public boolean openTo(CurrentUser user) {
		return user.roles().stream().anyMatch(roles::contains);
	}
}
