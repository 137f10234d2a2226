package it.casa.platform.security;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 401 and 403 answers of the API, written by the security filters before any controller runs, in the same
 * RFC 9457 shape as the controllers' problems (serialised by Jackson, never by string concatenation), with the same
 * {@code code}s as the modules' handlers, by which the web UI words them in the reader's language.
 */
final class SecurityProblems {

	static final String UNAUTHENTICATED = "access.unauthenticated";

	static final String DENIED = "access.denied";

	static final String RATE_LIMITED = "request.rateLimited";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	private SecurityProblems() {
	}

	static AuthenticationEntryPoint unauthenticated() {
		return (request, response, exception) -> writeUnauthenticated(response);
	}

	/**
	 * A refusal, except for a request that is not signed in at all: a write whose session has expired also fails the
	 * CSRF check (the token went with the session, or with a sign-out in another tab), and the user must read that the
	 * session ended, not that their role forbids what they were doing.
	 */
	static AccessDeniedHandler forbidden() {
		return (request, response, exception) -> {
			if (!TRUST.isAuthenticated(SecurityContextHolder.getContext().getAuthentication())) {
				writeUnauthenticated(response);
				return;
			}
			write(response, HttpStatus.FORBIDDEN, "Your role does not allow this.", DENIED);
		};
	}

	/**
	 * A 403 with a stable {@code code} and {@code properties}, for refusals the client can explain to the user (a partner
	 * organisation locked out).
	 */
	static void forbidden(HttpServletResponse response, String detail, String code, Map<String, Object> properties)
			throws IOException {
		write(response, HttpStatus.FORBIDDEN, detail, code, properties);
	}

	/** A 429: the user sent more than the API's rate limit allows ({@link ApiRateLimit}). */
	static void tooManyRequests(HttpServletResponse response, Duration retryAfter) throws IOException {
		response.setHeader("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds())));
		write(response, HttpStatus.TOO_MANY_REQUESTS,
				"Too many requests in a short time from this account; wait a moment and try again.", RATE_LIMITED);
	}

	private static void writeUnauthenticated(HttpServletResponse response) throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer");
		write(response, HttpStatus.UNAUTHORIZED, "Sign in to use CASA: there is no session, or it has ended.", UNAUTHENTICATED);
	}

	private static void write(HttpServletResponse response, HttpStatus status, String detail, String code) throws IOException {
		write(response, status, detail, code, Map.of());
	}

	private static void write(HttpServletResponse response, HttpStatus status, String detail, String code,
			Map<String, Object> properties) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("code", code);
		problem.putAll(properties);
		JSON.writeValue(response.getOutputStream(), problem);
	}
}
