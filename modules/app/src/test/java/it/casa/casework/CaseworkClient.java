package it.casa.casework;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import it.casa.platform.tenancy.RequestTenantResolver;

/** Calls the casework API as a given user, in a given municipality (null: none chosen), like a client would. */
final class CaseworkClient {

	private final MockMvc mvc;

	CaseworkClient(MockMvc mvc) {
		this.mvc = mvc;
	}

	As as(RequestPostProcessor user, @Nullable String municipality) {
		return new As(user, municipality);
	}

	static String string(ResultActions result, String path) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(), path).toString();
	}

	static long number(ResultActions result, String path) throws Exception {
		return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), path)).longValue();
	}

	final class As {

		private final RequestPostProcessor user;

		private final @Nullable String municipality;

		As(RequestPostProcessor user, @Nullable String municipality) {
			this.user = user;
			this.municipality = municipality;
		}

		ResultActions get(String path) throws Exception {
			return mvc.perform(scoped(MockMvcRequestBuilders.get(path)));
		}

		ResultActions post(String path, String body) throws Exception {
			return mvc.perform(scoped(MockMvcRequestBuilders.post(path)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body));
		}

		ResultActions put(String path, String body) throws Exception {
			return mvc.perform(scoped(MockMvcRequestBuilders.put(path)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body));
		}

		private MockHttpServletRequestBuilder scoped(MockHttpServletRequestBuilder request) {
			request.with(user).accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
			if (municipality != null) {
				request.header(RequestTenantResolver.TENANT_HEADER, municipality);
			}
			return request;
		}
	}
}
