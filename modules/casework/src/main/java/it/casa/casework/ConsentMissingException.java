package it.casa.casework;

/**
 * The household has not consented (or no longer consents) to sharing with a kind of recipient: the operation that
 * would share their data is refused (HTTP 409, code {@code consent.missing}) until the consent is recorded.
 */
public class ConsentMissingException extends IllegalStateException {

	public static final String CODE = "consent.missing";

	private static final long serialVersionUID = 1L;

	private final ConsentScope scope;

	private final String purpose;

	public ConsentMissingException(ConsentScope scope, String purpose) {
		super("The household's consent does not cover " + scope + " today");
		this.scope = scope;
		this.purpose = purpose;
	}

	public ConsentScope scope() {
		return scope;
	}

	public String purpose() {
		return purpose;
	}
}
