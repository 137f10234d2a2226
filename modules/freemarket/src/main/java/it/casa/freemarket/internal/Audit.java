package it.casa.freemarket.internal;

/** The record types Free Market names in the audit trail. Ids only ever follow them. */
final class Audit {

	static final String OFFER = "freemarket.offer";

	static final String OFFER_LIST = "freemarket.offers";

	static final String PARTNER = "freemarket.partner";

	private Audit() {
	}
}
