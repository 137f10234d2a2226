package it.casa.emergency;

/** The emergency is closed and can no longer be changed (HTTP 409). */
public class EmergencyClosedException extends RuntimeException {

	public static final String CODE = "emergency.closed";

	private static final long serialVersionUID = 1L;

	public EmergencyClosedException() {
		super("The emergency is closed");
	}
}
