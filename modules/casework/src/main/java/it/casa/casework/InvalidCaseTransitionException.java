package it.casa.casework;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A case was asked to move between two statuses that the lifecycle does not connect (see {@link CaseStatus}), or to
 * take a step its status does not allow (e.g. reopening a case that is not closed). It is a conflict with the case's
 * current state (HTTP 409), not bad input.
 */
public class InvalidCaseTransitionException extends IllegalStateException {

	/** The stable message key of this failure. */
	public static final String CODE = "case.transition.invalid";

	private static final long serialVersionUID = 1L;

	private final CaseStatus from;

	private final @Nullable CaseStatus to;

	private final @Nullable CaseTransition transition;

	public InvalidCaseTransitionException(CaseStatus from, CaseStatus to) {
		super("A case cannot move from " + Objects.requireNonNull(from, "from") + " to "
				+ Objects.requireNonNull(to, "to"));
		this.from = from;
		this.to = to;
		this.transition = null;
	}

	/** The step {@code transition} was asked of a case in status {@code from}, which does not allow it. */
	public InvalidCaseTransitionException(CaseStatus from, CaseTransition transition) {
		super("A " + Objects.requireNonNull(from, "from") + " case does not allow "
				+ Objects.requireNonNull(transition, "transition"));
		this.from = from;
		this.to = null;
		this.transition = transition;
	}

	/** The status the case is in. */
	public CaseStatus from() {
		return from;
	}

	/** The status it was asked to move to, if the request named one. */
	public @Nullable CaseStatus to() {
		return to;
	}

	/** The step that was asked for, if the request named one. */
	public @Nullable CaseTransition transition() {
		return transition;
	}

	/** The stable message key, {@value #CODE}; {@link #from()} and {@link #to()} fill its placeholders. */
	public String code() {
		return CODE;
	}
}
