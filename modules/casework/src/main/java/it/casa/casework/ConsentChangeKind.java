package it.casa.casework;

/** One step in the history of a scope of a household's consent. */
public enum ConsentChangeKind {

	/** Given for the first time, or again after a withdrawal. */
	GIVEN,

	/** Given again while in force or after it lapsed: a new period. */
	RENEWED,

	/** Withdrawn by the household: no longer in force from that moment. */
	WITHDRAWN,

	/** CASA recorded that it ends soon, for the operators to be reminded to renew it. */
	REMINDER
}
