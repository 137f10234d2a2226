package it.casa.platform.web;

import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import it.casa.platform.NoTenantSelectedException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * RFC 9457 problem details for every error of the API, each with a stable {@code code} by which the web UI words it in
 * the reader's language (the {@code title} and {@code detail} are English, for API clients and logs). Unexpected
 * failures are logged by type and stack only: exception messages can carry personal data (a name in a constraint
 * violation) and must not reach the logs.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	/** PostgreSQL's SQLSTATE for a duplicate key. */
	private static final String UNIQUE_VIOLATION = "23505";

	/** A qualified Java name in a default message ("java.time.Instant", "org.springframework..."). */
	private static final Pattern NAMES_A_TYPE = Pattern.compile("\\b(java|javax|jakarta|org|tools|com|it)\\.[a-z]");

	@ExceptionHandler(NoTenantSelectedException.class)
	ProblemDetail noTenantSelected(NoTenantSelectedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Municipality required");
		problem.setProperty("code", "tenant.required");
		return problem;
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail staleEdit() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Someone else changed this record after you opened it. Reload it to see their version; your changes were not saved.");
		problem.setTitle("Edit conflict");
		problem.setProperty("code", "version.stale");
		return problem;
	}

	/**
	 * Two simultaneous changes of one record on the same version: the loser's insert meets the winner's row (a unique
	 * key, e.g. the project of a case) or its lock. Nothing of the loser was saved, as with a stale version, so the
	 * answer is the same 409 (ADR 0028). Other integrity failures are bugs, not races: they stay a 500.
	 */
	@ExceptionHandler({ DataIntegrityViolationException.class, PessimisticLockingFailureException.class })
	ProblemDetail concurrentEdit(DataAccessException ex) {
		if (ex instanceof PessimisticLockingFailureException || isUniqueViolation(ex)) {
			return staleEdit();
		}
		return unexpected(ex);
	}

	@ExceptionHandler(RequestBodyTooLargeException.class)
	ProblemDetail tooLarge(RequestBodyTooLargeException ex) {
		return InputProblems.tooLarge(ex.limit());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail accessDenied() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your role does not allow this.");
		problem.setTitle("Forbidden");
		problem.setProperty("code", "access.denied");
		return problem;
	}

	@ExceptionHandler(AuthenticationException.class)
	ProblemDetail unauthenticated() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "Sign in to use CASA: there is no session, or it has ended.");
		problem.setTitle("Unauthorized");
		problem.setProperty("code", "access.unauthenticated");
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = InputProblems.unreadable(ex);
		return handleExceptionInternal(ex, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = ex instanceof MethodArgumentTypeMismatchException parameter ? parameter.getName()
				: String.valueOf(ex.getPropertyName());
		return handleExceptionInternal(ex, InputProblems.invalid(List.of(InputProblems.mismatch(name, ex.getRequiredType(), ex))),
				headers, status, request);
	}

	/**
	 * Every answer Spring MVC words itself (an unsupported method or media type, a missing parameter, no such
	 * resource) gets a {@code code} and a bounded detail that names no Java type (ADR 0028).
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem) {
			if (problem.getProperties() == null || !problem.getProperties().containsKey("code")) {
				problem.setProperty("code", statusCode.is4xxClientError() ? "request.refused" : "server.error");
			}
			String detail = problem.getDetail();
			if (detail != null && (detail.length() > InputProblems.MAX_LENGTH || NAMES_A_TYPE.matcher(detail).find())) {
				problem.setDetail("The request was refused (" + statusCode.value() + ").");
			}
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	private static boolean isUniqueViolation(Throwable failure) {
		for (Throwable current = failure; current != null; current = current.getCause() == current ? null : current.getCause()) {
			if (current instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected failure: {}", SafeThrowable.describe(ex));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side and the request was not completed; what was saved before is unaffected. Please try again.");
		problem.setTitle("Internal error");
		problem.setProperty("code", "server.error");
		return problem;
	}
}
