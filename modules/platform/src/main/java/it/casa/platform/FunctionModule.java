package it.casa.platform;

/**
 * Declares a function module (casework, emergency, ...) to the platform, which checks tenant files against
 * the declared names, hides a module's API from tenants that do not use it, and lists modules to the UI.
 *
 * @param name the module's key, also the second segment of its API paths: {@code /api/<name>/...}
 */
public record FunctionModule(String name) {
}
