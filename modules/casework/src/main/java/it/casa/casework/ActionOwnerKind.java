package it.casa.casework;

/**
 * Who carries out an action of the individual project. Autonomy-team operators see a case only while they own one
 * of its actions.
 */
public enum ActionOwnerKind {

	AGENCY_OPERATOR,

	MUNICIPAL_OPERATOR,

	AUTONOMY_TEAM_OPERATOR,

	/** The household itself (e.g. "gather the payslips"). */
	HOUSEHOLD,

	/** Another service or professional, named in the description. */
	OTHER
}
