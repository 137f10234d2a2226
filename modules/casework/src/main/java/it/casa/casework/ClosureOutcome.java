package it.casa.casework;

/** How a case ended, as told at the restitution meeting. */
public enum ClosureOutcome {

	/** The project's goals were reached: the household is housed and stable. */
	GOALS_REACHED,

	/** Some goals were reached. */
	GOALS_PARTLY_REACHED,

	/** The goals were not reached. */
	GOALS_NOT_REACHED,

	/** The household handed over to another service (temporary housing, public housing, ...). */
	REFERRED_TO_OTHER_SERVICE,

	/** The household moved out of the district. */
	MOVED_AWAY,

	/** The household withdrew from the path. */
	WITHDRAWN
}
