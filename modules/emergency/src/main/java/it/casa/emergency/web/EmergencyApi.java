package it.casa.emergency.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;

import it.casa.emergency.EmergencyClosedException;
import it.casa.emergency.HandOverIncompleteException;
import it.casa.emergency.InvalidEmergencyDataException;
import it.casa.platform.web.ModuleProblemHandlers;

/**
 * What every emergency controller answers when a request fails: RFC 9457 problem details with a stable {@code code}
 * property (and {@code errors} listing the fields for invalid input), as case work answers; the failures every module
 * shares (a stale version, a record not found among them) are answered by the platform's
 * {@link ModuleProblemHandlers}, emergency's own exceptions here.
 * <p>
 * The handlers sit on the controllers (through this base class), as case work's do, so that the module's exceptions
 * are answered with the module's codes whatever advices the platform adds. Details hold ids, statuses and the
 * client's own input only; nothing here is logged.
 */
abstract class EmergencyApi extends ModuleProblemHandlers {

	/** Rules of the aggregate whose field is known from their code; the others concern the request as a whole. */
	private static final Map<String, String> FIELDS_BY_CODE_PREFIX = Map.of("calledAt", "calledAt", "measure.until",
			"until", "closure.consent", "consentGivenOn", "closure.note", "note", "followUp.note", "note");

	@ExceptionHandler(InvalidEmergencyDataException.class)
	ProblemDetail invalidData(InvalidEmergencyDataException ex) {
		return invalidData(ex, FIELDS_BY_CODE_PREFIX);
	}

	@ExceptionHandler(HandOverIncompleteException.class)
	ProblemDetail handOverIncomplete(HandOverIncompleteException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "Not ready for case work",
				ex.getMessage() + ". Complete the people involved first.", HandOverIncompleteException.CODE);
		problem.setProperty("missing", ex.missing());
		return problem;
	}

	@ExceptionHandler(EmergencyClosedException.class)
	ProblemDetail closed(EmergencyClosedException ex) {
		return problem(HttpStatus.CONFLICT, "Emergency is closed", ex.getMessage() + ".", EmergencyClosedException.CODE);
	}
}
