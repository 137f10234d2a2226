package it.casa.casework;

import java.util.Objects;

/**
 * A case was asked to move between two statuses that the lifecycle does not connect (see
 * {@link CaseStatus}). It is a conflict with the case's current state (HTTP 409), not bad input.
 */
public class InvalidCaseTransitionException extends IllegalStateException {

	/** The stable message key of this failure. */
	public static final String CODE = "case.transition.invalid";

	private static final long serialVersionUID = 1L;

	private final CaseStatus from;

	private final CaseStatus to;

	public InvalidCaseTransitionException(CaseStatus from, CaseStatus to) {
		super("A case cannot move from " + Objects.requireNonNull(from, "from") + " to "
				+ Objects.requireNonNull(to, "to"));
		this.from = from;
		this.to = to;
	}

	/** The status the case is in. */
	public CaseStatus from() {
		return from;
	}

	/** The status it was asked to move to. */
	public CaseStatus to() {
		return to;
	}

	/** The stable message key, {@value #CODE}; {@link #from()} and {@link #to()} fill its placeholders. */
	public String code() {
		return CODE;
	}
}
