package it.casa.casework;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Where a case came from when another module referred it rather than an operator filing it: the module and its
 * record, e.g. {@code emergency} and the emergency's id. A record refers at most one case.
 *
 * @param module the referring module's name, as in its API paths ({@code /api/<module>/...})
 */
public record CaseOrigin(String module, UUID reference) {

	private static final Pattern MODULE = Pattern.compile("[a-z][a-z0-9]{0,29}");

	/** The origin of cases opened for emergencies handed over. */
	public static final String EMERGENCY = "emergency";

	public CaseOrigin {
		Objects.requireNonNull(reference, "reference");
		if (module == null || !MODULE.matcher(module).matches()) {
			throw new InvalidCaseDataException("caseOrigin.module.invalid", "A module name is lower-case letters and digits");
		}
	}

	public static CaseOrigin emergency(UUID emergencyId) {
		return new CaseOrigin(EMERGENCY, emergencyId);
	}
}
