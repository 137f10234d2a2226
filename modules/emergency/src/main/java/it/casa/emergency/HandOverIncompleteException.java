package it.casa.emergency;

import java.util.List;

/**
 * The emergency cannot be handed over to case work yet: case work needs data the emergency does not have
 * (HTTP 409). {@link #missing()} lists what, as the stable keys of {@link EmergencyView#handOverMissing()}.
 */
public class HandOverIncompleteException extends RuntimeException {

	public static final String CODE = "emergency.handOver.incomplete";

	private static final long serialVersionUID = 1L;

	private final List<String> missing;

	public HandOverIncompleteException(List<String> missing) {
		super("Case work needs more data: " + missing.size() + " item(s) missing");
		this.missing = List.copyOf(missing);
	}

	public List<String> missing() {
		return missing;
	}
}
