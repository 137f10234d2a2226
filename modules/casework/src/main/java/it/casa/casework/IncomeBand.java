package it.casa.casework;

/** A member's yearly income, in bands of euro: enough to triage and count, without the exact figure. */
public enum IncomeBand {

	NONE,

	UP_TO_6000,

	FROM_6000_TO_15000,

	FROM_15000_TO_26000,

	OVER_26000
}
