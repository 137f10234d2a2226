package it.casa.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
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
