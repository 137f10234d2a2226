package it.casa.freemarket;

import java.util.Objects;

/**
 * The caller's agency may not work in Free Market today: it is not a real-estate agency, Free Market has no terms for
 * it, or its accreditation or agreement is not in force. Checked at every call, like the platform's organisation gate
 * (docs/adr/0015), so an expiry locks the partner out on its first day.
 */
public class PartnerLockedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String code;

	/** @param code {@code freemarket.partner.notAccredited}, {@code .accreditationNotInForce}, {@code .agreementNotInForce} */
	public PartnerLockedException(String code, String message) {
		super(message);
		this.code = Objects.requireNonNull(code);
	}

	public String code() {
		return code;
	}
}
