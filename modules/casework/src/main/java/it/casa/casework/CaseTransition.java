package it.casa.casework;

/**
 * The named steps of a case's lifecycle; {@link CaseStatus} holds the table of which step leads from
 * which status to which. The aggregate raises the matching event (for example {@code CaseTriaged} for
 * {@link #TRIAGE} and {@link #RETRIAGE}).
 */
public enum CaseTransition {

	/** The agency assigns the first grade to a request. */
	TRIAGE(false),

	/**
	 * The agency declines a request (for example, not a housing need, or outside the district), before or
	 * after triage. Needs a reason.
	 */
	REJECT(true),

	/** The grade changes on a triaged or running case; the status stays the same. */
	RETRIAGE(false),

	/** Agency and municipality agree the individual project (progetto assistenziale individualizzato). */
	AGREE_PROJECT(false),

	/** The case ends: after the restitution meeting, or because the household withdrew. */
	CLOSE(false),

	/**
	 * A closed case runs again (back to in progress, or to triaged if it never had a project), or a rejected
	 * request is reconsidered (back to requested). Needs a reason.
	 */
	REOPEN(true);

	private final boolean requiresReason;

	CaseTransition(boolean requiresReason) {
		this.requiresReason = requiresReason;
	}

	/** Whether this step must say why it is taken. */
	public boolean requiresReason() {
		return requiresReason;
	}
}
