package it.casa.emergency;

/** Where an emergency stands. A closed emergency is read-only. */
public enum EmergencyStatus {

	/** Reported, being dealt with. */
	OPEN,

	/** Closed, handed over to case work or not. */
	CLOSED
}
