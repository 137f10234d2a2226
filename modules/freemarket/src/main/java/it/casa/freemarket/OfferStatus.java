package it.casa.freemarket;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an offer stands. Only a published offer is on the market; a reserved one waits for a lease; a let or withdrawn
 * one is history. The transitions are the only ways between them.
 */
public enum OfferStatus {

	/** Being written; only its author sees it. */
	DRAFT,

	/** On the market: the agency sees it and can match it. */
	PUBLISHED,

	/** Held for a household while a lease is arranged. */
	RESERVED,

	/** A lease was signed. */
	LET,

	/** Taken off the market by its author; can be reopened as a draft. */
	WITHDRAWN;

	/** The statuses an offer in this one may move to. */
	public Set<OfferStatus> next() {
		return switch (this) {
			case DRAFT -> EnumSet.of(PUBLISHED, WITHDRAWN);
			case PUBLISHED -> EnumSet.of(DRAFT, RESERVED, WITHDRAWN);
			case RESERVED -> EnumSet.of(PUBLISHED, LET, WITHDRAWN);
			case LET -> EnumSet.noneOf(OfferStatus.class);
			case WITHDRAWN -> EnumSet.of(DRAFT);
		};
	}

	public boolean mayMoveTo(OfferStatus target) {
		return next().contains(target);
	}

	/** Whether its details may still be changed: not once reserved, let or withdrawn. */
	public boolean editable() {
		return this == DRAFT || this == PUBLISHED;
	}
}
