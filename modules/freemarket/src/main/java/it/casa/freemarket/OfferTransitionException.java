package it.casa.freemarket;

/** An offer cannot move from its status to the one asked for (a let offer republished, say); nothing changed. */
public class OfferTransitionException extends RuntimeException {

	public static final String CODE = "offer.status.notAllowed";

	private static final long serialVersionUID = 1L;

	private final OfferStatus from;

	private final OfferStatus to;

	public OfferTransitionException(OfferStatus from, OfferStatus to) {
		super("An offer " + from + " cannot become " + to);
		this.from = from;
		this.to = to;
	}

	public OfferStatus from() {
		return from;
	}

	public OfferStatus to() {
		return to;
	}
}
