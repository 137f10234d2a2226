package it.casa.monitoring.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;

import it.casa.monitoring.InvalidFigureQueryException;
import it.casa.platform.web.FieldProblem;
import it.casa.platform.web.ModuleProblemHandlers;

/**
 * What every monitoring endpoint answers when a request fails: the platform's problem details for every module
 * (docs/adr/0012), plus monitoring's own rules. Handlers on the controller come before the platform's advices, so a
 * bad parameter never turns into a generic problem.
 */
abstract class MonitoringApi extends ModuleProblemHandlers {

	/** Period rules name the period's end, the parameter a user corrects. */
	private static final Map<String, String> FIELDS_BY_CODE_PREFIX = Map.of("period", "to");

	@ExceptionHandler(InvalidFigureQueryException.class)
	ProblemDetail invalidQuery(InvalidFigureQueryException ex) {
		return invalidData(ex, FIELDS_BY_CODE_PREFIX);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missingParameter(MissingServletRequestParameterException ex) {
		return invalid(List.of(new FieldProblem(ex.getParameterName(), "required", "is required")));
	}
}
