package it.casa.casework;

/**
 * What a household is in arrears on (morosità).
 */
public enum ArrearsKind {

	/** Rent (canone di locazione). */
	RENT,

	/** Mortgage instalments (rata del mutuo). */
	MORTGAGE,

	/** Other housing costs: service charges, utilities (spese condominiali, utenze). */
	HOUSING_COSTS
}
