package it.casa.emergency;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Intake data corrected or completed after the call: who reported it, the problem and the place. The time of the
 * call stays as recorded: the published figures count emergencies by it.
 */
public record IntakeCorrection(ReportingEntity reportingEntity, Problem problem, @Nullable String place) {

	/** @throws InvalidEmergencyDataException {@code place.tooLong} */
	public IntakeCorrection {
		Objects.requireNonNull(reportingEntity, "reportingEntity");
		Objects.requireNonNull(problem, "problem");
		place = Texts.optional(place, NewEmergency.MAX_PLACE_LENGTH, "place");
	}
}
