package it.casa.freemarket;

/** The energy performance class of the APE certificate (D.Lgs 192/2005), best first; listings must show it. */
public enum EnergyClass {
	A4, A3, A2, A1, B, C, D, E, F, G
}
