package it.casa.platform;

/**
 * How a member of a household is related to its reference person (rapporto con la persona di riferimento), in the
 * words every module uses, so that a household handed from one module to another arrives as it was recorded. A
 * household has exactly one {@link #REFERENCE_PERSON}.
 */
public enum Relationship {

	/** The person the case or the emergency is about and whom the others are related to (persona di riferimento). */
	REFERENCE_PERSON,

	/** Spouse, civil partner or cohabiting partner of the reference person (coniuge o convivente). */
	SPOUSE_OR_PARTNER,

	/** Child of the reference person, including step- and foster children (figlio/figlia). */
	CHILD,

	/** Parent of the reference person (genitore). */
	PARENT,

	/** Brother or sister of the reference person (fratello/sorella). */
	SIBLING,

	/** Any other relative: grandparent, grandchild, in-law, ... (altro parente). */
	OTHER_RELATIVE,

	/** Not related: lodger, friend, carer, ... (altro convivente). */
	OTHER
}
