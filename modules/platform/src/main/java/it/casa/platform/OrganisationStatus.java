package it.casa.platform;

/**
 * Whether a partner organisation's people may use CASA today. Only {@link #ACTIVE} lets them in; the other three lock
 * them out at once, whatever their tokens or sessions say.
 */
public enum OrganisationStatus {

	/** Within its validity dates and not suspended. */
	ACTIVE,

	/** Suspended by an agency administrator, whatever its dates. */
	SUSPENDED,

	/** Its validity ended (the agreement was not renewed). */
	EXPIRED,

	/** Registered ahead of the day its validity starts. */
	NOT_YET_VALID
}
