package it.casa;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import it.casa.platform.tenancy.RequestTenantResolver;

/**
 * Calls the application's API as a given user, in a given municipality (null: none chosen), like a client would: JSON
 * in, JSON or problem details out, the CSRF token on every change. One client for every module's tests.
 */
public final class ApiClient {

	private final MockMvc mvc;

	public ApiClient(MockMvc mvc) {
		this.mvc = mvc;
	}

	public As as(RequestPostProcessor user, @Nullable String municipality) {
		return new As(user, municipality);
	}

	public static String string(ResultActions result, String path) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(), path).toString();
	}

	public static long number(ResultActions result, String path) throws Exception {
		return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), path)).longValue();
	}

	public final class As {

		private final RequestPostProcessor user;

		private final @Nullable String municipality;

		As(RequestPostProcessor user, @Nullable String municipality) {
			this.user = user;
			this.municipality = municipality;
		}

		public ResultActions get(String path) throws Exception {
			return mvc.perform(scoped(MockMvcRequestBuilders.get(path), MediaType.APPLICATION_JSON,
					MediaType.APPLICATION_PROBLEM_JSON));
		}

		public ResultActions post(String path, String body) throws Exception {
			return mvc.perform(json(MockMvcRequestBuilders.post(path), body));
		}

		public ResultActions put(String path, String body) throws Exception {
			return mvc.perform(json(MockMvcRequestBuilders.put(path), body));
		}

		/** Creates a record ({@code 201 Created} expected) and returns its {@code id}. */
		public String create(String path, String body) throws Exception {
			return string(post(path, body).andExpect(status().isCreated()), "$.id");
		}

		/** A file or any other answer, whatever its type (CSV, XLSX, PDF, problem details). */
		public MockHttpServletResponse download(String path) throws Exception {
			return mvc.perform(scoped(MockMvcRequestBuilders.get(path), MediaType.ALL)).andReturn().getResponse();
		}

		private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
			return scoped(request, MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body);
		}

		private MockHttpServletRequestBuilder scoped(MockHttpServletRequestBuilder request, MediaType... accepted) {
			request.with(user).accept(accepted);
			if (municipality != null) {
				request.header(RequestTenantResolver.TENANT_HEADER, municipality);
			}
			return request;
		}
	}
}
