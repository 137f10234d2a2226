package it.casa.platform.tenancy;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import it.casa.platform.UnknownTenantException;

/** Problem details for tenancy failures. Unknown, disabled and module-less municipalities look alike: 404. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class TenancyExceptionHandler {

	@ExceptionHandler({ UnknownTenantException.class, ModuleNotEnabledException.class })
	ProblemDetail notFound() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No such municipality, or it does not use this function.");
		problem.setTitle("Not found");
		return problem;
	}

	@ExceptionHandler(TenantConflictException.class)
	ProblemDetail conflict(TenantConflictException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Conflict");
		return problem;
	}

}
