package it.casa.platform.web;

import java.io.IOException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Optional;

import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.filter.OncePerRequestFilter;

import it.casa.platform.ServiceBusyException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Past capacity the server answers at once with a 503 problem and {@code Retry-After}, never a 500 or a hang
 * (docs/adr/0017): when no pooled connection frees up within {@code casa.db.connection-timeout}, when the audit
 * writer does not keep up, or when the database cannot be reached. The advice answers what controllers throw (ahead
 * of the platform's catch-all), the filter what the filters before them throw (the session store's lookup).
 */
final class Overload {

	static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(2);

	private Overload() {
	}

	/** The retry hint if {@code failure} (or a cause) means "past capacity, try again", else empty. */
	static Optional<Duration> retryAfter(Throwable failure) {
		ServiceBusyException busy = InputProblems.causeOf(failure, ServiceBusyException.class);
		if (busy != null) {
			return Optional.of(busy.retryAfter());
		}
		boolean noConnection = InputProblems.causeOf(failure, SQLTransientConnectionException.class) != null
				|| InputProblems.causeOf(failure, CannotCreateTransactionException.class) != null
				|| InputProblems.causeOf(failure, DataAccessResourceFailureException.class) != null;
		return noConnection ? Optional.of(DEFAULT_RETRY_AFTER) : Optional.empty();
	}

	static ProblemDetail problem() {
		return InputProblems.problem(HttpStatus.SERVICE_UNAVAILABLE, "Busy",
				"CASA is very busy right now and did not do this; nothing was saved. Please try again in a moment.",
				"server.busy");
	}

	/** Ordered first: advices are asked in order, and the platform's catch-all would answer these with a 500. */
	@RestControllerAdvice
	static class Advice implements Ordered {

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

		@ExceptionHandler({ ServiceBusyException.class, CannotCreateTransactionException.class,
				DataAccessResourceFailureException.class })
		ResponseEntity<ProblemDetail> busy(Exception ex) {
			Duration retryAfter = retryAfter(ex).orElse(DEFAULT_RETRY_AFTER);
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.toSeconds()))
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem());
		}
	}

	/** First of all filters, so that it also answers for the session store and the security filters. */
	static final class Filter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			try {
				chain.doFilter(request, response);
			}
			catch (ServletException | IOException | RuntimeException ex) {
				Optional<Duration> retryAfter = retryAfter(ex);
				if (retryAfter.isEmpty() || response.isCommitted()) {
					throw ex;
				}
				response.resetBuffer();
				response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.get().toSeconds()));
				InputProblems.write(response, problem());
			}
		}
	}
}
