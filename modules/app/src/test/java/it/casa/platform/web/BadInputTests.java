package it.casa.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import it.casa.ApiClient;
import it.casa.CasaTestUsers;
import it.casa.InventedFiscalCodes;

/**
 * Bad input is a 4xx problem in every module, refused once by the platform (ADR 0028): control characters in texts
 * and parameters, implausible dates in bodies and queries, oversized bodies, and answers that stay small and name no
 * Java type whatever was sent.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BadInputTests {

	@Autowired
	MockMvc mvc;

	ApiClient.As sanDonato;

	@BeforeEach
	void operator() {
		sanDonato = new ApiClient(mvc).as(CasaTestUsers.municipalOperator("san-donato-milanese"), null);
	}

	@Test
	void aNulCharacterInAnyTextOfAnyModuleIsA400NamingTheField() throws Exception {
		refused(sanDonato.post("/api/emergency/emergencies", """
				{"reportingEntity": {"kind": "POLICE"}, "problem": {"type": "OTHER", "description": "a\\u0000b"},
				 "people": {"count": 1}}"""), "problem.description", "text.controlCharacter");
		refused(sanDonato.post("/api/emergency/emergencies", """
				{"reportingEntity": {"kind": "POLICE"}, "problem": {"type": "FLOODING"}, "place": "Via\\u0000 Roma",
				 "people": {"count": 1}}"""), "place", "text.controlCharacter");
		refused(sanDonato.post("/api/emergency/emergencies", """
				{"reportingEntity": {"kind": "POLICE"}, "problem": {"type": "FLOODING"},
				 "people": {"count": 1, "persons": [{"givenName": "Mario"}, {"familyName": "Ro\\u001bssi"}]}}"""),
				"people.persons[1].familyName", "text.controlCharacter");
		String code = InventedFiscalCodes.fiscalCode("NLL", "CRT", LocalDate.of(1981, 4, 2), false);
		refused(sanDonato.post("/api/casework/cases", """
				{"household": {"members": [{"givenName": "Carlo\\u0000", "familyName": "Nulli",
				   "relationship": "REFERENCE_PERSON", "birthDate": "1981-04-02", "sex": "MALE", "fiscalCode": "%s",
				   "disabled": false}]},
				 "housing": {"situation": "RENT_NOT_SUSTAINABLE"}, "consent": {"givenOn": "2026-11-02", "scopes": ["CASE_WORK"]}}"""
			.formatted(code)), "household.members[0].givenName", "text.controlCharacter");
		// an unpaired surrogate, which PostgreSQL cannot store, is refused the same way
		refused(sanDonato.post("/api/emergency/emergencies", """
				{"reportingEntity": {"kind": "POLICE"}, "problem": {"type": "FLOODING"}, "place": "\\ud800",
				 "people": {"count": 1}}"""), "place", "text.controlCharacter");
		// line breaks and tabs are text
		sanDonato.post("/api/emergency/emergencies", """
				{"reportingEntity": {"kind": "POLICE"}, "problem": {"type": "OTHER", "description": "two\\nlines\\tand a tab"},
				 "people": {"count": 1}}""").andExpect(status().isCreated());
	}

	@Test
	void aControlCharacterInAQueryParameterIsA400NamingTheParameter() throws Exception {
		refused(mvc.perform(MockMvcRequestBuilders.get("/api/casework/inbox")
			.param("q", "Ros\u0000si")
			.with(CasaTestUsers.municipalOperator("san-donato-milanese"))
			.accept(MediaType.APPLICATION_JSON)), "q", "text.controlCharacter");
	}

	@Test
	void aLineBreakInAnAuditFilterIsA400NotAnEventThatCannotBeRecorded() throws Exception {
		// found by EveryEndpointFuzzTests: the filters become the record id of the search's own audit event
		mvc.perform(MockMvcRequestBuilders.get("/api/platform/audit")
			.param("actor", "operatore\nfalso")
			.with(CasaTestUsers.agencyAdmin())
			.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("audit.query.invalid"));
	}

	@Test
	void datesOutsideNineteenHundredToTwentyOneHundredAreA400InBodiesAndQueries() throws Exception {
		refused(sanDonato.post("/api/emergency/emergencies", """
				{"calledAt": "0001-01-01T00:00:00Z", "reportingEntity": {"kind": "POLICE"}, "problem": {"type": "FLOODING"},
				 "people": {"count": 1}}"""), "calledAt", "date.outOfRange");
		refused(sanDonato.post("/api/emergency/emergencies", """
				{"reportingEntity": {"kind": "POLICE"}, "problem": {"type": "FLOODING"},
				 "people": {"count": 1, "persons": [{"birthDate": "+99999-01-01"}]}}"""), "people.persons[0].birthDate",
				"date.outOfRange");
		refused(mvc.perform(MockMvcRequestBuilders.get("/api/emergency/emergencies")
			.param("calledBefore", "+999999-01-01T00:00:00Z")
			.with(CasaTestUsers.municipalOperator("san-donato-milanese"))
			.accept(MediaType.APPLICATION_JSON)), "calledBefore", "date.outOfRange");
		refused(mvc.perform(MockMvcRequestBuilders.get("/api/emergency/emergencies")
			.param("calledFrom", "yesterday")
			.with(CasaTestUsers.municipalOperator("san-donato-milanese"))
			.accept(MediaType.APPLICATION_JSON)), "calledFrom", "typeMismatch");
		sanDonato.get("/api/emergency/emergencies?calledFrom=1900-01-01T00:00:00Z&calledBefore=2100-12-31T00:00:00Z")
			.andExpect(status().isOk());
	}

	@Test
	void aBodyOverOneMegabyteIsA413() throws Exception {
		String huge = "{\"text\": \"" + "x".repeat(1024 * 1024) + "\", \"visibility\": \"ALL\"}";
		ResultActions answer = sanDonato.post("/api/emergency/emergencies", huge)
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.code").value("request.tooLarge"));
		assertSmallAndPlain(answer);
	}

	@Test
	void anAnswerToALargeBadRequestStaysSmallAndNamesNoJavaType() throws Exception {
		String persons = IntStream.range(0, 2000)
			.mapToObj(i -> "{\"givenName\": \"" + "g".repeat(101) + "\"}")
			.collect(Collectors.joining(","));
		ResultActions answer = sanDonato.post("/api/emergency/emergencies", """
				{"reportingEntity": {"kind": "POLICE"}, "problem": {"type": "FLOODING"},
				 "people": {"count": 1, "persons": [%s]}}""".formatted(persons))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(50))
			.andExpect(jsonPath("$.errorsOmitted").value(1951));
		assertSmallAndPlain(answer);
		assertSmallAndPlain(sanDonato.get("/api/emergency/emergencies/not-an-id").andExpect(status().isBadRequest()));
		assertSmallAndPlain(sanDonato.get("/api/emergency/emergencies?page=many").andExpect(status().isBadRequest()));
		assertSmallAndPlain(sanDonato.post("/api/emergency/emergencies", "{\"people\": {\"count\": \"two\"}}")
			.andExpect(status().isBadRequest()));
		assertSmallAndPlain(sanDonato.post("/api/emergency/emergencies", "[1, 2").andExpect(status().isBadRequest()));
		assertSmallAndPlain(sanDonato.get("/api/platform/rules/" + "r".repeat(3000)).andExpect(status().is4xxClientError()));
	}

	@Test
	void wildcardsInTheInboxSearchAreTextNotPatterns() throws Exception {
		// given: a case in San Donato
		String code = InventedFiscalCodes.fiscalCode("CRC", "MRC", LocalDate.of(1975, 1, 20), false);
		sanDonato.post("/api/casework/cases", """
				{"household": {"members": [{"givenName": "Marco", "familyName": "Cercati", "relationship": "REFERENCE_PERSON",
				   "birthDate": "1975-01-20", "sex": "MALE", "fiscalCode": "%s", "disabled": false}]},
				 "housing": {"situation": "RENT_NOT_SUSTAINABLE"}, "consent": {"givenOn": "2026-11-02", "scopes": ["CASE_WORK"]}}"""
			.formatted(code)).andExpect(status().isCreated());
		// then: a search with a wildcard finds what its letters find (the inbox is filled when the filing's event
		// arrives), and a search of wildcards alone finds nobody
		await().atMost(Duration.ofSeconds(20)).until(() -> inboxTotal("cercat%") >= 1);
		for (String wildcards : new String[] { "%", "_", "%_%", "\\" }) {
			assertThat(inboxTotal(wildcards)).as(wildcards).isZero();
		}
	}

	private int inboxTotal(String q) throws Exception {
		String body = mvc.perform(MockMvcRequestBuilders.get("/api/casework/inbox")
			.param("q", q)
			.with(CasaTestUsers.municipalOperator("san-donato-milanese"))
			.accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return com.jayway.jsonpath.JsonPath.read(body, "$.page.totalElements");
	}

	@Test
	void theErrorPageRequestedDirectlyIsA404() throws Exception {
		ResultActions answer = mvc.perform(MockMvcRequestBuilders.get("/error").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("notFound"));
		assertSmallAndPlain(answer);
		mvc.perform(MockMvcRequestBuilders.post("/error").with(CasaTestUsers.agencyOperator()))
			.andExpect(status().is4xxClientError());
	}

	private static void refused(ResultActions answer, String field, String code) throws Exception {
		answer.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("request.invalid"))
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].code").value(code));
		assertSmallAndPlain(answer);
	}

	/** A problem a few KB at most, naming no Java or framework type and repeating nothing long of the request. */
	private static void assertSmallAndPlain(ResultActions answer) throws Exception {
		String body = answer.andReturn().getResponse().getContentAsString();
		assertThat(body.length()).as(body).isLessThan(16 * 1024);
		assertThat(body).doesNotContainPattern("\\b(java|jakarta|org|tools|com)\\.[a-z]")
			.doesNotContain("Exception")
			.doesNotContain("rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr");
	}
}
