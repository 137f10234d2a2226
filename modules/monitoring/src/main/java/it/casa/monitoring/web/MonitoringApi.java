package it.casa.monitoring.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import it.casa.monitoring.InvalidFigureQueryException;

/**
 * What every monitoring endpoint answers when a request fails: RFC 9457 problem details with a stable {@code code}
 * (and {@code errors} naming the parameters for invalid input), as case work's API does. Handlers on the controller
 * come before the platform's advices, so a bad parameter never turns into a generic problem.
 */
abstract class MonitoringApi {

	@ExceptionHandler(InvalidFigureQueryException.class)
	ProblemDetail invalidQuery(InvalidFigureQueryException ex) {
		String parameter = ex.code().startsWith("period") ? "to" : "";
		return invalid(List.of(Map.of("field", parameter, "code", ex.code(), "message", ex.getMessage())));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail wrongParameterType(MethodArgumentTypeMismatchException ex) {
		return invalid(List.of(Map.of("field", ex.getName(), "code", "typeMismatch", "message",
				"has the wrong format" + (ex.getRequiredType() == null ? ""
						: " (expected " + ex.getRequiredType().getSimpleName() + ")"))));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missingParameter(MissingServletRequestParameterException ex) {
		return invalid(List.of(Map.of("field", ex.getParameterName(), "code", "required", "message", "is required")));
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ProblemDetail invalidParameters(HandlerMethodValidationException ex) {
		List<Map<String, String>> problems = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()), "code",
						error.getCodes() == null || error.getCodes().length == 0 ? "invalid"
								: error.getCodes()[error.getCodes().length - 1],
						"message", String.valueOf(error.getDefaultMessage()))))
			.toList();
		return invalid(problems);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail denied(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this.", "access.denied");
	}

	private static ProblemDetail invalid(List<Map<String, String>> problems) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request",
				problems.size() == 1 ? "1 parameter is invalid." : problems.size() + " parameters are invalid.",
				"request.invalid");
		problem.setProperty("errors", problems);
		return problem;
	}

	static ProblemDetail problem(HttpStatus status, String title, String detail, String code) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setProperty("code", code);
		return problem;
	}
}
