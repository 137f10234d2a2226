package it.casa.platform.web;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Spring names the request's path as a problem's {@code instance}; a path of thousands of characters would come back
 * whole, so a long one is cut (ADR 0028: an answer to bad input is never larger than a few KB).
 */
@ControllerAdvice
class BoundedProblemInstance implements ResponseBodyAdvice<Object> {

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType, MediaType contentType,
			Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (body instanceof ProblemDetail problem) {
			URI instance = problem.getInstance() != null ? problem.getInstance() : request.getURI();
			String path = instance.getRawPath();
			if (path != null && path.length() > InputProblems.MAX_LENGTH) {
				String cut = path.substring(0, InputProblems.MAX_LENGTH);
				int escape = cut.lastIndexOf('%');
				problem.setInstance(URI.create(escape >= cut.length() - 2 ? cut.substring(0, escape) : cut));
			}
		}
		return body;
	}
}
