package it.casa.monitoring;

/** A figure query the service cannot answer (a reversed or too long period); answered as 400 with the code. */
public class InvalidFigureQueryException extends RuntimeException {

	private final String code;

	public InvalidFigureQueryException(String code, String message) {
		super(message);
		this.code = code;
	}

	/** A stable code for clients, e.g. {@code period.reversed}. */
	public String code() {
		return code;
	}
}
