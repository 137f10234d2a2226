package it.casa.freemarket;

/** The lease an offer is for (L. 431/1998). */
public enum ContractType {

	/** Free market, 4 + 4 years. */
	FREE_4_4,

	/** Agreed rent (canone concordato), 3 + 2 years: the rent must lie within the local agreement's band. */
	AGREED_RENT_3_2,

	/** Transitional (transitorio), 1 to 18 months. */
	TRANSITIONAL
}
