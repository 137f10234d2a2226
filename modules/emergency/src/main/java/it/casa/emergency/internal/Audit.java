package it.casa.emergency.internal;

/** The record types emergency names in the audit trail. Ids only ever follow them, never personal data. */
final class Audit {

	static final String EMERGENCY = "emergency.emergency";

	static final String LIST = "emergency.list";

	private Audit() {
	}
}
