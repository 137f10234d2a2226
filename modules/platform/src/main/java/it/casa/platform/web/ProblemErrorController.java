package it.casa.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The answer to what fails outside any controller (a filter, the server refusing a request): a problem in the API's
 * shape, a few hundred bytes whatever was sent, naming no type and repeating nothing of the request (ADR 0028). It
 * replaces Boot's error controller, which answers 500 to a plain request for {@code /error}: here that is a 404, like
 * any path with nothing behind it. Not part of the API's description: no client calls it.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

	@RequestMapping("${server.error.path:${error.path:/error}}")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		ProblemDetail problem = describe(request);
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static ProblemDetail describe(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (request.getDispatcherType() != DispatcherType.ERROR || !(code instanceof Integer statusCode)) {
			return InputProblems.problem(HttpStatus.NOT_FOUND, "Not found", "There is nothing at this address.",
					"notFound");
		}
		Throwable failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable thrown ? thrown
				: null;
		RequestBodyTooLargeException tooLarge = InputProblems.causeOf(failure, RequestBodyTooLargeException.class);
		if (tooLarge != null) {
			return InputProblems.tooLarge(tooLarge.limit());
		}
		if (InputProblems.causeOf(failure, RequestRejectedException.class) != null) {
			return InputProblems.problem(HttpStatus.BAD_REQUEST, "Bad request", "The request was refused as malformed.",
					"request.rejected");
		}
		HttpStatus status = HttpStatus.resolve(statusCode);
		if (status == null) {
			status = statusCode >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
		}
		if (status.is5xxServerError()) {
			if (failure != null) {
				log.error("Unexpected failure outside the controllers: {}", SafeThrowable.describe(failure));
			}
			return InputProblems.problem(status, "Internal error",
					"Something went wrong on our side and the request was not completed; what was saved before is unaffected. Please try again.",
					"server.error");
		}
		return InputProblems.problem(status, status.getReasonPhrase(), "The request was refused (" + status.value()
				+ " " + status.getReasonPhrase() + ").", status.is4xxClientError() ? "request.refused" : "request.failed");
	}
}
