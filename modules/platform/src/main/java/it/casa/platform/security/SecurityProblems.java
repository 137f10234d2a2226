package it.casa.platform.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 401 and 403 answers of the API, written by the security filters before any controller runs, in the same
 * RFC 9457 shape as the controllers' problems (serialised by Jackson, never by string concatenation).
 */
final class SecurityProblems {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private SecurityProblems() {
	}

	static AuthenticationEntryPoint unauthenticated() {
		return (request, response, exception) -> write(response, HttpStatus.UNAUTHORIZED, "Log in to use CASA.");
	}

	static AccessDeniedHandler forbidden() {
		return (request, response, exception) -> write(response, HttpStatus.FORBIDDEN, "Your role does not allow this.");
	}

	/** A 403 with a stable {@code code} (and {@code properties}), for refusals the client can explain to the user. */
	static void forbidden(HttpServletResponse response, String detail, String code, Map<String, Object> properties)
			throws IOException {
		Map<String, Object> extra = new LinkedHashMap<>();
		extra.put("code", code);
		extra.putAll(properties);
		write(response, HttpStatus.FORBIDDEN, detail, extra);
	}

	private static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		write(response, status, detail, Map.of());
	}

	private static void write(HttpServletResponse response, HttpStatus status, String detail, Map<String, Object> extra)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		if (status == HttpStatus.UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Bearer");
		}
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.putAll(extra);
		JSON.writeValue(response.getOutputStream(), problem);
	}
}
