package it.casa.emergency;

/** Sex as recorded in the civil registry and encoded in the fiscal code. */
public enum Sex {

	FEMALE,

	MALE
}
