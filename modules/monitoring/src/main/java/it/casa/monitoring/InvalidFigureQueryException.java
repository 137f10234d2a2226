package it.casa.monitoring;

import java.util.Map;

import it.casa.platform.InvalidDataException;

/** A figure query the service cannot answer (a reversed or too long period); answered as 400 with the code. */
public class InvalidFigureQueryException extends InvalidDataException {

	private static final long serialVersionUID = 1L;

	public InvalidFigureQueryException(String code, String message) {
		super(code, message, Map.of());
	}
}
