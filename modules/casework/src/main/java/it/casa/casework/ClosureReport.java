package it.casa.casework;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * How a case ends: the outcome, why, and the restitution meeting (restituzione) where agency, municipality and other
 * operators gave back to the person the path taken.
 *
 * @param restitutionMeetingOn when the meeting was held; null when none was (e.g. the household withdrew)
 * @param restitutionSummary what was said there
 */
public record ClosureReport(ClosureOutcome outcome, @Nullable String reason, @Nullable LocalDate restitutionMeetingOn,
		@Nullable String restitutionSummary) {

	public ClosureReport {
		Objects.requireNonNull(outcome, "outcome");
		reason = reason == null || reason.isBlank() ? null : reason.strip();
		restitutionSummary = restitutionSummary == null || restitutionSummary.isBlank() ? null : restitutionSummary.strip();
	}
}
