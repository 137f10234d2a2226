package it.casa.casework;

/** Who filed an activation request: the published figures count requests by where they came from. */
public enum FilingOrganisation {

	/** A professional of the municipality (social worker, housing office) referred the household. */
	MUNICIPALITY,

	/** The citizen asked the agency, and agency staff filed the request on their behalf. */
	AGENCY
}
