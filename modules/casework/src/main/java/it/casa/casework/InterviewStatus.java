package it.casa.casework;

/** Where a joint interview stands. */
public enum InterviewStatus {

	SCHEDULED,

	HELD,

	CANCELLED
}
