package it.casa.casework;

/**
 * The support a household can count on from family, friends and community (rete sociale e familiare).
 */
public enum SocialNetwork {

	/** Someone can help: host, lend, look after children. */
	ADEQUATE,

	/** Little support, or not reliable (scarsa rete sociale). */
	WEAK,

	/** Nobody to turn to (assenza di rete sociale/familiare). */
	NONE
}
