package it.casa.casework;

/** Which side of the work a staff member is on, for attributing notes and project changes. */
public enum StaffOrganisation {

	MUNICIPALITY,

	AGENCY,

	AUTONOMY_TEAM
}
