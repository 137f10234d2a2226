package it.casa.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import it.casa.platform.InvalidDataException;
import it.casa.platform.RecordNotFoundException;
import it.casa.platform.StaleVersionException;

/**
 * The base of a function module's controllers: RFC 9457 problem details with a stable {@code code} property, and
 * {@code errors} listing the fields for invalid input, for the failures every module's REST API shares (bean
 * validation, unreadable bodies, {@link InvalidFieldsException}, access, a {@link StaleVersionException} and a
 * {@link RecordNotFoundException}). The module's base class extends this one
 * and adds handlers for its own exceptions, using {@link #problem}, {@link #invalid} and {@link #invalidData}.
 * <p>
 * The handlers sit on the controllers (through this base class) rather than in an advice because Spring asks a
 * controller's own handlers first, whatever the order of the advices: so a module's exceptions are answered with the
 * module's codes whatever advices the platform adds, and the platform's {@code ProblemDetailsAdvice} stays the answer
 * for everything else. Details hold ids, statuses and the client's own input only; nothing here is logged.
 */
public abstract class ModuleProblemHandlers {

	@ExceptionHandler(MethodArgumentNotValidException.class)
	protected ProblemDetail invalidBody(MethodArgumentNotValidException ex) {
		List<FieldProblem> problems = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			problems.add(fieldProblem(error, String.valueOf(error.getCode())));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach(error -> problems.add(
					new FieldProblem("", String.valueOf(error.getCode()), String.valueOf(error.getDefaultMessage()))));
		return invalid(problems);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	protected ProblemDetail invalidParameters(HandlerMethodValidationException ex) {
		List<FieldProblem> problems = new ArrayList<>();
		for (ParameterValidationResult result : ex.getParameterValidationResults()) {
			if (result instanceof ParameterErrors object) {
				// An object of parameters (a record bound from the query string): its fields are what the client sent.
				object.getFieldErrors().forEach(error -> problems.add(fieldProblem(error, lastCode(error))));
				continue;
			}
			result.getResolvableErrors()
				.forEach(error -> problems.add(new FieldProblem(
						String.valueOf(result.getMethodParameter().getParameterName()), lastCode(error),
						String.valueOf(error.getDefaultMessage()))));
		}
		return invalid(problems);
	}

	@ExceptionHandler(InvalidFieldsException.class)
	protected ProblemDetail invalidFields(InvalidFieldsException ex) {
		return invalid(ex.problems());
	}

	/** A query parameter or path variable of the wrong format, or one the platform refuses (ADR 0028). */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	protected ProblemDetail wrongParameterType(MethodArgumentTypeMismatchException ex) {
		return invalid(List.of(InputProblems.mismatch(ex.getName(), ex.getRequiredType(), ex)));
	}

	/**
	 * Unreadable JSON, a value of the wrong type or one the platform refuses (a control character, an implausible
	 * date: ADR 0028), or a body over the size limit (413); the rejected value is not repeated.
	 */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	protected ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		return InputProblems.unreadable(ex);
	}

	/** 413: the body went over the size limit while it was read (ADR 0028). */
	@ExceptionHandler(RequestBodyTooLargeException.class)
	protected ProblemDetail tooLarge(RequestBodyTooLargeException ex) {
		return InputProblems.tooLarge(ex.limit());
	}

	/** 409 {@code version.stale} with the {@code currentVersion} to reload. */
	@ExceptionHandler(StaleVersionException.class)
	protected ProblemDetail stale(StaleVersionException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "Edit conflict", ex.getMessage()
				+ ". Your changes were not saved: reload, re-apply them and send the new version.", StaleVersionException.CODE);
		problem.setProperty("currentVersion", ex.currentVersion());
		return problem;
	}

	/** 404 {@code <recordType>.notFound}: absent and invisible look the same. */
	@ExceptionHandler(RecordNotFoundException.class)
	protected ProblemDetail notFound(RecordNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage() + " here.", ex.code());
	}

	@ExceptionHandler(AccessDeniedException.class)
	protected ProblemDetail denied(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this.", "access.denied");
	}

	@ExceptionHandler(AuthenticationException.class)
	protected ProblemDetail unauthenticated(AuthenticationException ex) {
		return problem(HttpStatus.UNAUTHORIZED, "Unauthorized", "Sign in first.", "access.unauthenticated");
	}

	/**
	 * A rule of the module refused a value: a field problem when {@code fieldsByCodePrefix} names the field of its
	 * code (the first prefix that matches), otherwise a problem about the request as a whole with the rule's code.
	 */
	protected static ProblemDetail invalidData(InvalidDataException ex, Map<String, String> fieldsByCodePrefix) {
		String field = fieldsByCodePrefix.entrySet()
			.stream()
			.filter(entry -> ex.code().startsWith(entry.getKey()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse("");
		if (!field.isEmpty()) {
			return invalid(List.of(new FieldProblem(field, ex.code(), ex.getMessage())));
		}
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", ex.getMessage(), ex.code());
		problem.setProperty("arguments", ex.arguments());
		problem.setProperty("errors", List.of());
		return problem;
	}

	/**
	 * A 400 {@code request.invalid} problem listing {@code problems} as its {@code errors} (at most 50, the rest
	 * counted in {@code errorsOmitted}, so that a large bad request never gets a larger answer).
	 */
	protected static ProblemDetail invalid(List<FieldProblem> problems) {
		return InputProblems.invalid(problems);
	}

	/** A problem with a stable {@code code} property. */
	protected static ProblemDetail problem(HttpStatus status, String title, String detail, String code) {
		return InputProblems.problem(status, title, detail, code);
	}

	/**
	 * A bound field's error; a conversion failure is worded by the platform, since Spring's default message names
	 * Java types and repeats the value.
	 */
	private static FieldProblem fieldProblem(FieldError error, String code) {
		if (error.contains(TypeMismatchException.class)) {
			TypeMismatchException mismatch = error.unwrap(TypeMismatchException.class);
			return InputProblems.mismatch(error.getField(), mismatch.getRequiredType(), mismatch);
		}
		return new FieldProblem(error.getField(), code, String.valueOf(error.getDefaultMessage()));
	}

	/** The most general of a rule's codes ("Pattern" rather than "Pattern.filters.municipality"). */
	private static String lastCode(MessageSourceResolvable error) {
		String[] codes = error.getCodes();
		return codes == null || codes.length == 0 ? "invalid" : codes[codes.length - 1];
	}
}
