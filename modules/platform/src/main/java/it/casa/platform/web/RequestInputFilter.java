package it.casa.platform.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What the platform refuses of a request before any module sees it (ADR 0028), answered with a problem: a body over
 * the limit (413), at once when the declared length is over it, otherwise as soon as that many bytes have been read
 * from a body sent without a length (chunked); a control character in a query parameter or in the path (400 naming
 * the parameter), which binding to a {@code String} would pass on unchecked. Uploads ({@code multipart/*}) have their
 * own limits ({@code spring.servlet.multipart.*}) and are left alone.
 */
final class RequestInputFilter extends OncePerRequestFilter {

	private final long limit;

	RequestInputFilter(long limit) {
		this.limit = limit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
			chain.doFilter(request, response);
			return;
		}
		if (request.getContentLengthLong() > limit) {
			InputProblems.write(response, InputProblems.tooLarge(limit));
			return;
		}
		String refused = parameterWithControlCharacter(request);
		if (refused != null) {
			InputProblems.write(response, InputProblems.invalid(List.of(new FieldProblem(refused,
					PlausibleInput.CONTROL_CHARACTER, "must not contain control characters"))));
			return;
		}
		chain.doFilter(new LimitedRequest(request, limit), response);
	}

	/** The first parameter (or {@code path}) holding a control character, or null. */
	private static @Nullable String parameterWithControlCharacter(HttpServletRequest request) {
		String path = request.getRequestURI();
		if (path != null && path.indexOf('%') >= 0) {
			try {
				if (!PlausibleInput.isPlainText(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8))) {
					return "path";
				}
			}
			catch (IllegalArgumentException malformedEscape) {
				return "path";
			}
		}
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (!PlausibleInput.isPlainText(parameter.getKey())) {
				return "parameter";
			}
			for (String value : parameter.getValue()) {
				if (value != null && !PlausibleInput.isPlainText(value)) {
					return InputProblems.bounded(parameter.getKey());
				}
			}
		}
		return null;
	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream limited;

		LimitedRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (limited == null) {
				limited = new LimitedInputStream(super.getInputStream(), limit);
			}
			return limited;
		}

		@Override
		public java.io.BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding();
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
					encoding == null ? java.nio.charset.StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
		}
	}

	private static final class LimitedInputStream extends ServletInputStream {

		private final ServletInputStream body;

		private final long limit;

		private long read;

		LimitedInputStream(ServletInputStream body, long limit) {
			this.body = body;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int next = body.read();
			if (next >= 0) {
				count(1);
			}
			return next;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = body.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) {
			read += n;
			if (read > limit) {
				throw new RequestBodyTooLargeException(limit);
			}
		}

		@Override
		public boolean isFinished() {
			return body.isFinished();
		}

		@Override
		public boolean isReady() {
			return body.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			body.setReadListener(listener);
		}

		@Override
		public void close() throws IOException {
			body.close();
		}
	}
}
