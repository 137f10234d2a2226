package it.casa.emergency;

import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The problem reported: its type and, required for {@link ProblemType#OTHER}, a description.
 *
 * @param description trimmed, at most {@value #MAX_DESCRIPTION_LENGTH} characters
 */
public record Problem(ProblemType type, @Nullable String description) {

	public static final int MAX_DESCRIPTION_LENGTH = 500;

	/** @throws InvalidEmergencyDataException {@code problem.description.required} or {@code problem.description.tooLong} */
	public Problem {
		Objects.requireNonNull(type, "type");
		description = Texts.optional(description, MAX_DESCRIPTION_LENGTH, "problem.description");
		if (type.requiresDescription() && description == null) {
			throw new InvalidEmergencyDataException("problem.description.required",
					"A problem of type OTHER needs a description", Map.of("type", type.name()));
		}
	}

	public static Problem of(ProblemType type) {
		return new Problem(type, null);
	}
}
