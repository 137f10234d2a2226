package it.casa.casework;

/** Where an action of the individual project stands. */
public enum ActionStatus {

	PLANNED,

	IN_PROGRESS,

	DONE,

	CANCELLED
}
