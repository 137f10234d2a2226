package it.casa.casework;

/** What an address of a household is for. */
public enum AddressKind {

	/** Registered residence (residenza anagrafica). */
	RESIDENCE,

	/** Where the household actually lives, if different (domicilio). */
	DOMICILE,

	/** Where to send post. */
	CORRESPONDENCE
}
