package it.casa.emergency;

/**
 * No such emergency in the current municipality: one of another municipality looks the same (HTTP 404), so that
 * nobody learns that it exists elsewhere.
 */
public class EmergencyNotFoundException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public EmergencyNotFoundException() {
		super("No such emergency");
	}
}
