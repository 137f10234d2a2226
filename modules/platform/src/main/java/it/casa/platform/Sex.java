package it.casa.platform;

/** Sex as recorded in the civil registry and encoded in the fiscal code (sesso). */
public enum Sex {

	FEMALE,

	MALE
}
