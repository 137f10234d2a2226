package it.casa.casework;

/** How a household can be reached. */
public enum ContactKind {

	PHONE,

	EMAIL
}
