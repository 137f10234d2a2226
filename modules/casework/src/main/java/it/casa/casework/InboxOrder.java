package it.casa.casework;

/**
 * The order of the inbox. It is applied by the server before paging: sorting only the page on screen would show
 * the oldest of twenty requests, not the oldest of the district.
 */
public enum InboxOrder {

	/** Grade 4 first, then requests not triaged yet, then grades 3, 2, 1; the soonest eviction, then the oldest. */
	URGENCY,

	/** The oldest request first. */
	OLDEST,

	/** The newest request first. */
	NEWEST,

	/** By the reference person's name (surname as written first), A to Z. */
	NAME

}
