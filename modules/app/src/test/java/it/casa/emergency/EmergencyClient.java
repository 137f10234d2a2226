package it.casa.emergency;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import it.casa.platform.tenancy.RequestTenantResolver;

/** Calls the emergency API as a given user, in a given municipality (null: none chosen), like a client would. */
final class EmergencyClient {

	private final MockMvc mvc;

	EmergencyClient(MockMvc mvc) {
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

	/** The smallest intake: the three required fields. */
	static String minimalIntake(String reportingEntityKind, String problemType, int people) {
		return """
				{"reportingEntity": {"kind": "%s"}, "problem": {"type": "%s"}, "people": {"count": %d}}"""
			.formatted(reportingEntityKind, problemType, people);
	}

	/** The people of an invented single mother and her son, complete for a hand-over. */
	static String motherAndSon(long version, String familyName, String motherCode) {
		return """
				{"version": %d, "count": 2, "minors": 1, "fragileMembers": false, "contactPhone": "+39 000 0000000",
				 "persons": [
				   {"givenName": "Giada", "familyName": "%s", "fiscalCode": "%s", "birthDate": "1988-03-14", "sex": "FEMALE",
				    "role": "REFERENCE_PERSON"},
				   {"givenName": "Luca", "familyName": "%s", "birthDate": "2016-06-02", "sex": "MALE", "role": "CHILD"}
				 ]}""".formatted(version, familyName, motherCode, familyName);
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

		/** Records an emergency and returns its id. */
		String report(String body) throws Exception {
			return string(post("/api/emergency/emergencies", body).andExpect(
					org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isCreated()), "$.id");
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
