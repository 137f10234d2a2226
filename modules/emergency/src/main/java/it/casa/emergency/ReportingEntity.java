package it.casa.emergency;

import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Who reported the emergency: the kind and, for an institution, its name (the Carabinieri station "Melegnano", the
 * hospital "Predabissi"). The name travels in events that every municipality's role can read, so it is an
 * institution's name, never a person's: a citizen is never named.
 *
 * @param name trimmed; at most {@value #MAX_NAME_LENGTH} characters; only for kinds that {@link ReportingEntityKind#mayBeNamed()}
 */
public record ReportingEntity(ReportingEntityKind kind, @Nullable String name) {

	public static final int MAX_NAME_LENGTH = 100;

	/**
	 * @throws InvalidEmergencyDataException {@code reportingEntity.name.notAllowed} or {@code reportingEntity.name.tooLong}
	 */
	public ReportingEntity {
		Objects.requireNonNull(kind, "kind");
		name = Texts.optional(name, MAX_NAME_LENGTH, "reportingEntity.name");
		if (name != null && !kind.mayBeNamed()) {
			throw new InvalidEmergencyDataException("reportingEntity.name.notAllowed",
					"A reporting entity of kind " + kind + " has no name: only institutions are named",
					Map.of("kind", kind.name()));
		}
	}

	public static ReportingEntity of(ReportingEntityKind kind) {
		return new ReportingEntity(kind, null);
	}
}
