package it.casa.casework;

/** Who may read a shared note of a case (information circularity, with restrictions for sensitive notes). */
public enum NoteVisibility {

	/** Everyone working on the case: municipality, agency and assigned autonomy-team operators. */
	ALL,

	/** Agency staff only: hidden from municipal and autonomy-team operators. Only agency staff may write one. */
	AGENCY_ONLY,

	/** Its author only. */
	AUTHOR_ONLY
}
