package it.casa.casework.internal;

/** The record types casework names in the audit trail. Ids only ever follow them, never personal data. */
final class Audit {

	static final String CASE = "casework.case";

	static final String HOUSEHOLD = "casework.household";

	static final String INTERVIEW = "casework.interview";

	static final String PROJECT = "casework.project";

	static final String NOTE = "casework.note";

	static final String CONSENT = "casework.consent";

	static final String INBOX = "casework.inbox";

	static final String TIMELINE = "casework.timeline";

	private Audit() {
	}
}
