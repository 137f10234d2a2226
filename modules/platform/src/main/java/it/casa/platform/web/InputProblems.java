package it.casa.platform.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;

import it.casa.platform.InvalidDataException;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The problems for bad input that the platform answers alike wherever the request was refused (a module's
 * controller, the platform's own, a filter): bounded in size, and naming fields and codes, never Java or framework
 * types, nor echoing what was sent (ADR 0028).
 */
final class InputProblems {

	/** At most this many field problems are listed; the rest are counted in {@code errorsOmitted}. */
	static final int MAX_LISTED_PROBLEMS = 50;

	/** A field's path, a code or a message longer than this is cut: a path may hold the client's own keys. */
	static final int MAX_LENGTH = 200;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** What a value of a type looks like, in words a client developer reads (no Java type names). */
	private static final Map<Class<?>, String> FORMATS = Map.of(UUID.class, " (expected a UUID)", Instant.class,
			" (expected an instant such as 2026-12-06T09:30:00Z)", OffsetDateTime.class,
			" (expected a date and time such as 2026-12-06T09:30:00+01:00)", LocalDate.class,
			" (expected a date such as 2026-12-06)", LocalDateTime.class,
			" (expected a date and time such as 2026-12-06T09:30:00)", Integer.class, " (expected a whole number)",
			int.class, " (expected a whole number)", Long.class, " (expected a whole number)", long.class,
			" (expected a whole number)", Boolean.class, " (expected true or false)");

	private InputProblems() {
	}

	/** A problem with a stable {@code code} property. */
	static ProblemDetail problem(HttpStatus status, String title, String detail, String code) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setProperty("code", code);
		return problem;
	}

	/** A 400 {@code request.invalid} problem listing at most {@value #MAX_LISTED_PROBLEMS} of {@code problems}. */
	static ProblemDetail invalid(List<FieldProblem> problems) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request",
				problems.size() == 1 ? "1 field is invalid." : problems.size() + " fields are invalid.", "request.invalid");
		problem.setProperty("errors", problems.stream()
			.limit(MAX_LISTED_PROBLEMS)
			.map(field -> new FieldProblem(bounded(field.field()), bounded(field.code()), bounded(field.message())))
			.toList());
		if (problems.size() > MAX_LISTED_PROBLEMS) {
			problem.setProperty("errorsOmitted", problems.size() - MAX_LISTED_PROBLEMS);
		}
		return problem;
	}

	static ProblemDetail tooLarge(long limit) {
		ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, "Request too large",
				"The request body is larger than the " + limit + " bytes accepted.", "request.tooLarge");
		problem.setProperty("limit", limit);
		return problem;
	}

	/**
	 * Unreadable JSON, a value of the wrong type, or one the platform refuses (a control character, an implausible
	 * date); the rejected value is not repeated.
	 */
	static ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		RequestBodyTooLargeException tooLarge = causeOf(ex, RequestBodyTooLargeException.class);
		if (tooLarge != null) {
			return tooLarge(tooLarge.limit());
		}
		JacksonException jackson = causeOf(ex, JacksonException.class);
		String field = jackson == null ? "" : path(jackson);
		InvalidDataException refused = causeOf(ex, InvalidDataException.class);
		if (!field.isEmpty()) {
			return invalid(List.of(refused != null ? new FieldProblem(field, refused.code(), refused.getMessage())
					: new FieldProblem(field, "typeMismatch", "has the wrong format or is not one of the allowed values")));
		}
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Unreadable request",
				"The request body is not valid JSON of the expected shape.", "request.unreadable");
		problem.setProperty("errors", List.of());
		return problem;
	}

	/** A query parameter, path variable or bound field that could not be converted, named by {@code field}. */
	static FieldProblem mismatch(String field, @Nullable Class<?> requiredType, @Nullable Throwable failure) {
		InvalidDataException refused = causeOf(failure, InvalidDataException.class);
		if (refused != null) {
			return new FieldProblem(bounded(field), refused.code(), refused.getMessage());
		}
		return new FieldProblem(bounded(field), "typeMismatch",
				"has the wrong format" + (requiredType == null ? "" : FORMATS.getOrDefault(requiredType, "")));
	}

	static String bounded(@Nullable String text) {
		String value = String.valueOf(text);
		return value.length() <= MAX_LENGTH ? value : value.substring(0, MAX_LENGTH) + "…";
	}

	/** Writes a problem where no controller answers (a filter), flattened as Spring's problem JSON is. */
	static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(JSON.writeValueAsBytes(body));
	}

	static <T extends Throwable> @Nullable T causeOf(@Nullable Throwable failure, Class<T> type) {
		Throwable current = failure;
		for (int depth = 0; current != null && depth < 10; depth++) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
			current = current.getCause() == current ? null : current.getCause();
		}
		return null;
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
		return bounded(path.toString());
	}
}
