package it.casa.emergency.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import it.casa.emergency.EmergencyClosedException;
import it.casa.emergency.EmergencyNotFoundException;
import it.casa.emergency.HandOverIncompleteException;
import it.casa.emergency.InvalidEmergencyDataException;
import it.casa.emergency.StaleEmergencyException;
import tools.jackson.core.JacksonException;

/**
 * What every emergency controller answers when a request fails: RFC 9457 problem details with a stable {@code code}
 * property (and {@code errors} listing the fields for invalid input), as case work answers.
 * <p>
 * The handlers sit on the controllers (through this base class), as case work's do, so that the module's exceptions
 * are answered with the module's codes whatever advices the platform adds. Details hold ids, statuses and the
 * client's own input only; nothing here is logged.
 */
abstract class EmergencyApi {

	/** Rules of the aggregate whose field is known from their code; the others concern the request as a whole. */
	private static final Map<String, String> FIELDS_BY_CODE_PREFIX = Map.of("calledAt", "calledAt", "measure.until",
			"until", "closure.consent", "consentGivenOn", "closure.note", "note", "followUp.note", "note");

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalidBody(MethodArgumentNotValidException ex) {
		List<InvalidFieldsException.FieldProblem> problems = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			problems.add(new InvalidFieldsException.FieldProblem(error.getField(), String.valueOf(error.getCode()),
					String.valueOf(error.getDefaultMessage())));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach(error -> problems.add(new InvalidFieldsException.FieldProblem("", String.valueOf(error.getCode()),
					String.valueOf(error.getDefaultMessage()))));
		return invalid(problems);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ProblemDetail invalidParameters(HandlerMethodValidationException ex) {
		List<InvalidFieldsException.FieldProblem> problems = new ArrayList<>();
		ex.getParameterValidationResults()
			.forEach(result -> result.getResolvableErrors()
				.forEach(error -> problems.add(new InvalidFieldsException.FieldProblem(
						String.valueOf(result.getMethodParameter().getParameterName()),
						error.getCodes() == null || error.getCodes().length == 0 ? "invalid"
								: error.getCodes()[error.getCodes().length - 1],
						String.valueOf(error.getDefaultMessage())))));
		return invalid(problems);
	}

	@ExceptionHandler(InvalidFieldsException.class)
	ProblemDetail invalidFields(InvalidFieldsException ex) {
		return invalid(ex.problems());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail wrongParameterType(MethodArgumentTypeMismatchException ex) {
		return invalid(List.of(new InvalidFieldsException.FieldProblem(ex.getName(), "typeMismatch",
				"has the wrong format" + (ex.getRequiredType() == null ? "" : " (expected " + ex.getRequiredType().getSimpleName() + ")"))));
	}

	/** Unreadable JSON, or a value of the wrong type; the rejected value is not repeated. */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		String field = ex.getCause() instanceof JacksonException jackson ? path(jackson) : "";
		if (!field.isEmpty()) {
			return invalid(List.of(new InvalidFieldsException.FieldProblem(field, "typeMismatch",
					"has the wrong format or is not one of the allowed values")));
		}
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Unreadable request",
				"The request body is not valid JSON of the expected shape.", "request.unreadable");
		problem.setProperty("errors", List.of());
		return problem;
	}

	@ExceptionHandler(InvalidEmergencyDataException.class)
	ProblemDetail invalidData(InvalidEmergencyDataException ex) {
		String field = FIELDS_BY_CODE_PREFIX.entrySet()
			.stream()
			.filter(entry -> ex.code().startsWith(entry.getKey()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse("");
		if (!field.isEmpty()) {
			return invalid(List.of(new InvalidFieldsException.FieldProblem(field, ex.code(), ex.getMessage())));
		}
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", ex.getMessage(), ex.code());
		problem.setProperty("arguments", ex.arguments());
		problem.setProperty("errors", List.of());
		return problem;
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

	@ExceptionHandler(StaleEmergencyException.class)
	ProblemDetail stale(StaleEmergencyException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "Edit conflict", ex.getMessage()
				+ ". Your changes were not saved: reload, re-apply them and send the new version.", StaleEmergencyException.CODE);
		problem.setProperty("currentVersion", ex.currentVersion());
		return problem;
	}

	@ExceptionHandler(EmergencyNotFoundException.class)
	ProblemDetail notFound(EmergencyNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage() + " here.", "emergency.notFound");
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail denied(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this.", "access.denied");
	}

	@ExceptionHandler(AuthenticationException.class)
	ProblemDetail unauthenticated(AuthenticationException ex) {
		return problem(HttpStatus.UNAUTHORIZED, "Unauthorized", "Sign in first.", "access.unauthenticated");
	}

	private static ProblemDetail invalid(List<InvalidFieldsException.FieldProblem> problems) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request",
				problems.size() == 1 ? "1 field is invalid." : problems.size() + " fields are invalid.", "request.invalid");
		problem.setProperty("errors", problems);
		return problem;
	}

	static ProblemDetail problem(HttpStatus status, String title, String detail, String code) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setProperty("code", code);
		return problem;
	}

	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}
}
