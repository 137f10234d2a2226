package it.casa.emergency;

/**
 * How a person involved is related to the household's reference person, in the words case work uses, so that a
 * handed-over household arrives there as recorded here.
 */
public enum HouseholdRole {

	/** The person the emergency is about and whom the others are related to (persona di riferimento). */
	REFERENCE_PERSON,

	SPOUSE_OR_PARTNER,

	CHILD,

	PARENT,

	SIBLING,

	OTHER_RELATIVE,

	/** Not related: lodger, friend, carer, ... */
	OTHER
}
