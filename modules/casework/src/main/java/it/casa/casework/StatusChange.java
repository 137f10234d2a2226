package it.casa.casework;

import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One allowed step of a case's lifecycle, as the case's status history records it. Obtain one from
 * {@link CaseStatus#transitionTo(CaseStatus, String)}; the constructor checks the same rules.
 *
 * @param from the status before
 * @param to the status after
 * @param transition which step this is (the same pair of statuses always makes the same step)
 * @param reason why, trimmed; required for {@link CaseTransition#requiresReason() rejecting and reopening}
 */
public record StatusChange(CaseStatus from, CaseStatus to, CaseTransition transition, @Nullable String reason) {

	/** The longest reason accepted, in characters. */
	public static final int MAX_REASON_LENGTH = 2000;

	/**
	 * @throws InvalidCaseTransitionException if the table does not allow {@code from} to {@code to}
	 * @throws IllegalArgumentException if {@code transition} is not the step the table names for the pair
	 * @throws InvalidCaseDataException ({@code case.transition.reasonRequired},
	 *         {@code case.transition.reasonTooLong}) if the reason is missing or too long
	 */
	public StatusChange {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(transition, "transition");
		CaseTransition expected = CaseStatus.transitionFor(from, to);
		if (expected != transition) {
			throw new IllegalArgumentException(from + " to " + to + " is " + expected + ", not " + transition);
		}
		reason = reason == null || reason.isBlank() ? null : reason.strip();
		if (transition.requiresReason() && reason == null) {
			throw new InvalidCaseDataException("case.transition.reasonRequired",
					transition + " from " + from + " needs a reason",
					Map.of("transition", transition.name(), "from", from.name(), "to", to.name()));
		}
		if (reason != null && reason.length() > MAX_REASON_LENGTH) {
			throw new InvalidCaseDataException("case.transition.reasonTooLong",
					"The reason is longer than " + MAX_REASON_LENGTH + " characters",
					Map.of("maxLength", Integer.toString(MAX_REASON_LENGTH)));
		}
	}

	/** Whether this step reopened a closed case or a rejected request. */
	public boolean isReopening() {
		return transition == CaseTransition.REOPEN;
	}
}
