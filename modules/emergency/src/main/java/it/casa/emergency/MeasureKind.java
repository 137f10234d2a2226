package it.casa.emergency;

/** Where the household sleeps tonight: the immediate measure (messa in sicurezza). */
public enum MeasureKind {

	HOTEL,

	/** A shelter or dormitory (struttura di accoglienza). */
	SHELTER,

	/** A temporary housing unit of the district (Servizi Abitativi Sociali Temporanei). */
	TEMPORARY_UNIT,

	/** With relatives or friends. */
	FAMILY_OR_FRIENDS,

	OTHER
}
