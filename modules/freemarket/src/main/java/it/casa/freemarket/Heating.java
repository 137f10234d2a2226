package it.casa.freemarket;

/** How the home is heated. */
public enum Heating {
	AUTONOMOUS, CENTRALISED, NONE
}
