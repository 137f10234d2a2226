package it.casa;

import org.jspecify.annotations.Nullable;

/**
 * The example body an {@link IsolationFixture} gives for one of its module's write endpoints, so that the isolation
 * suite tries a foreign write with a body that passes validation and reaches the checks that matter (who may, in which
 * municipality). A body with an optimistic version is sent with the victim's current one: a stale version would be
 * refused before anyone asked whether the caller may write at all.
 *
 * @param json the body, or for a versioned one a template with one {@code %d} for the version
 * @param versionPath where the victim's record shows its version: a path template whose variables are the victim's
 *        remembered values ({@code /api/casework/cases/{caseId}}); null for a fixed body
 * @param versionJsonPath where in that answer the version is ({@code $.version} unless told)
 */
public record WriteBody(String json, @Nullable String versionPath, String versionJsonPath) {

	/** A body that needs nothing of the victim's current state. */
	public static WriteBody fixed(String json) {
		return new WriteBody(json, null, "$.version");
	}

	/** A body with the version found at {@code $.version} of {@code versionPath} in place of its {@code %d}. */
	public static WriteBody versioned(String versionPath, String template) {
		return versioned(versionPath, "$.version", template);
	}

	/** A body with the version found at {@code jsonPath} of {@code versionPath} in place of its {@code %d}. */
	public static WriteBody versioned(String versionPath, String jsonPath, String template) {
		if (!template.contains("%d")) {
			throw new IllegalArgumentException("a versioned body needs %d where the version goes: " + template);
		}
		return new WriteBody(template, versionPath, jsonPath);
	}

	/** The body to send now: a versioned one with the victim's current version of the record. */
	public String json(IsolationVictim victim) throws Exception {
		return versionPath == null ? json : json.formatted(victim.versionAt(victim.resolved(versionPath), versionJsonPath));
	}
}
