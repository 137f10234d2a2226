package it.casa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.jayway.jsonpath.JsonPath;

import it.casa.platform.Role;
import it.casa.platform.TenantContext;
import it.casa.platform.TenantId;
import it.casa.platform.tenancy.RequestTenantResolver;

/**
 * Tries every {@code /api/**} endpoint the application maps, with every role, against the ids of another
 * municipality's records: no response may be a 2xx that carries Melegnano's data to someone who does not work
 * there, nor a partner organisation's record to anyone but the agency's administrators. Endpoints come from the
 * request mappings and ids from Melegnano's schema itself, so a new endpoint or a new table is covered without touching
 * this test; only the seeding below names module APIs.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryEndpointTenantIsolationTests {

	static final String VICTIM = "melegnano";

	static final String OTHER = "san-donato-milanese";

	/** Invented family name of the seeded household: it must never leave Melegnano. */
	static final String MARKER = "Zanzibarotti";

	static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}/:]+)(:[^}]*)?}");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	final Set<String> foreignIds = new LinkedHashSet<>();

	int requests;

	@BeforeAll
	void seedMelegnano() throws Exception {
		// Other test classes share this database: only what this suite creates counts as the victim's data.
		Set<String> before = idsOfEveryTableIn(VICTIM);
		RequestPostProcessor municipal = CasaTestUsers.municipalOperator(VICTIM);
		RequestPostProcessor agency = CasaTestUsers.agencyOperator();
		String caseId = read(send(HttpMethod.POST, "/api/casework/cases", householdFacingEviction(), municipal, null), "$.id");
		String checklist = "{\"evictionInProgress\": true, \"evictionDate\": \"" + LocalDate.now().plusDays(40)
				+ "\", \"socialNetwork\": \"WEAK\"}";
		send(HttpMethod.POST, "/api/casework/cases/" + caseId + "/triage",
				"{\"version\": 0, \"grade\": 3, \"checklist\": " + TriageChecklists.answered(checklist) + "}", agency, VICTIM);
		send(HttpMethod.POST, "/api/casework/cases/" + caseId + "/interviews", """
				{"scheduledFor": "%s", "place": "Municipio di Melegnano",
				 "participants": ["Assistente sociale del Comune", "Operatrice dell'Agenzia"]}"""
					.formatted(java.time.OffsetDateTime.now().plusDays(7).withNano(0)), agency, VICTIM);
		String caseVersion = read(send(HttpMethod.GET, "/api/casework/cases/" + caseId, "", agency, VICTIM), "$.version");
		send(HttpMethod.POST, "/api/casework/cases/" + caseId + "/project", """
				{"version": %s, "goals": ["Keep the home"],
				 "actions": [{"description": "Meet the landlord", "dueDate": "2027-01-15", "status": "PLANNED",
				              "owner": {"kind": "AGENCY_OPERATOR", "userId": "agenzia.operatrice", "displayName": "Operatrice"}}],
				 "waysAndTimes": "Monthly meetings"}""".formatted(caseVersion), municipal, null);
		send(HttpMethod.POST, "/api/casework/cases/" + caseId + "/notes",
				"{\"text\": \"Seeded note about " + MARKER + "\", \"visibility\": \"ALL\"}", municipal, null);
		String emergencyId = read(send(HttpMethod.POST, "/api/emergency/emergencies", """
				{"reportingEntity": {"kind": "CARABINIERI", "name": "Melegnano"}, "problem": {"type": "HOUSE_FIRE"},
				 "place": "Via dei Tigli 1", "people": {"count": 1, "contactPhone": "+39 000 1112223",
				 "persons": [{"givenName": "Ornella", "familyName": "%s", "role": "REFERENCE_PERSON"}]}}""".formatted(MARKER),
				municipal, null), "$.id");
		send(HttpMethod.POST, "/api/emergency/emergencies/" + emergencyId + "/measures",
				"{\"version\": 0, \"kind\": \"HOTEL\", \"placeName\": \"Hotel Lambro\"}", municipal, null);
		foreignIds.addAll(idsOfEveryTableIn(VICTIM));
		foreignIds.removeAll(before);
		assertThat(foreignIds).as("ids seeded in Melegnano").hasSizeGreaterThanOrEqualTo(5);
		// A partner organisation none of the callers works for: its record is the agency administrators' alone.
		String organisation = "zanzibarotti-immobili-" + UUID.randomUUID().toString().substring(0, 8);
		send(HttpMethod.POST, "/api/platform/organisations", """
				{"id": "%s", "name": "%s Immobili", "kind": "REAL_ESTATE_AGENCY", "validFrom": "%s", "validUntil": "%s"}"""
			.formatted(organisation, MARKER, LocalDate.now(), LocalDate.now().plusYears(1)), CasaTestUsers.agencyAdmin(), null);
		foreignIds.add(organisation);
	}

	@Test
	void noRoleGetsAnotherMunicipalitysDataFromAnyEndpoint() throws Exception {
		Map<String, Caller> callers = callers();
		List<Endpoint> endpoints = apiEndpoints();
		assertThat(endpoints).extracting(Endpoint::module).contains("casework", "emergency", "platform");
		List<String> leaks = new ArrayList<>();

		for (Endpoint endpoint : endpoints) {
			for (String path : endpoint.concretePaths(foreignIds)) {
				for (Map.Entry<String, Caller> caller : callers.entrySet()) {
					if (caller.getValue().districtScoped() && endpoint.isDistrictAdministration()) {
						continue; // the administrator's own district-wide tools (tenants, audit trail, organisations): nothing there is foreign
					}
					MvcResult result = mvc.perform(caller.getValue().apply(request(endpoint.method(), path)
						.contentType(MediaType.APPLICATION_JSON)
						.content("{}")
						.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON))).andReturn();
					requests++;
					int status = result.getResponse().getStatus();
					String body = result.getResponse().getContentAsString();
					if (status >= 200 && status < 300 && carriesMelegnanosData(body)) {
						leaks.add(caller.getKey() + " " + endpoint.method() + " " + path + " -> " + status);
					}
				}
			}
		}

		System.getLogger(getClass().getName()).log(System.Logger.Level.INFO,
				"Isolation suite: {0} endpoints, {1} callers, {2} foreign ids, {3} requests", endpoints.size(),
				callers.size(), foreignIds.size(), requests);
		assertThat(leaks).as("responses that carried Melegnano's data to outsiders").isEmpty();
	}

	private boolean carriesMelegnanosData(String body) {
		return body.contains(MARKER) || foreignIds.stream().anyMatch(body::contains);
	}

	/** Everyone who does not work in Melegnano, plus people who try to get there by naming it. */
	private static Map<String, Caller> callers() {
		Map<String, Caller> callers = new LinkedHashMap<>();
		callers.put("municipal operator of San Donato", new Caller(CasaTestUsers.municipalOperator(OTHER), null, false));
		callers.put("municipal operator of San Donato naming Melegnano",
				new Caller(CasaTestUsers.municipalOperator(OTHER), VICTIM, false));
		callers.put("agency operator acting in San Donato", new Caller(CasaTestUsers.agencyOperator(), OTHER, false));
		callers.put("autonomy-team operator acting in San Donato", new Caller(CasaTestUsers.autonomyTeamOperator(), OTHER, false));
		callers.put("autonomy-team operator not assigned in Melegnano",
				new Caller(CasaTestUsers.autonomyTeamOperator(), VICTIM, false));
		callers.put("partner agency", new Caller(CasaTestUsers.partnerAgency(), null, false));
		callers.put("partner agency naming Melegnano", new Caller(CasaTestUsers.partnerAgency(), VICTIM, false));
		callers.put("another partner agency", new Caller(CasaTestUsers.otherPartnerAgency(), null, false));
		callers.put("microcredit foundation", new Caller(CasaTestUsers.microcreditFoundation(), null, false));
		callers.put("microcredit foundation naming Melegnano",
				new Caller(CasaTestUsers.microcreditFoundation(), VICTIM, false));
		callers.put("co-housing operator", new Caller(CasaTestUsers.cohousingOperator(), null, false));
		callers.put("co-housing operator naming Melegnano", new Caller(CasaTestUsers.cohousingOperator(), VICTIM, false));
		callers.put("agency administrator acting in San Donato", new Caller(CasaTestUsers.agencyAdmin(), OTHER, true));
		callers.put("user without a role", new Caller(CasaTestUsers.noRole(), null, false));
		callers.put("user without a role naming Melegnano", new Caller(CasaTestUsers.user("senza.ruolo", null), VICTIM, false));
		callers.put("municipal operator without a municipality", new Caller(CasaTestUsers.user("operatore.nessuno", null,
				Role.MUNICIPAL_OPERATOR), VICTIM, false));
		return callers;
	}

	private List<Endpoint> apiEndpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api/")) {
					continue;
				}
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					endpoints.add(new Endpoint(HttpMethod.valueOf(method.name()), pattern));
				}
			}
		}
		endpoints.sort((a, b) -> (a.pattern() + a.method()).compareTo(b.pattern() + b.method()));
		return endpoints;
	}

	/** Every id of every table in the municipality's schema (any uuid column), read as that municipality. */
	private Set<String> idsOfEveryTableIn(String tenant) {
		Set<String> ids = new LinkedHashSet<>();
		TenantContext.runAs(TenantId.of(tenant), () -> {
			List<Map<String, Object>> columns = jdbc.queryForList("""
					SELECT table_name, column_name FROM information_schema.columns
					WHERE table_schema = current_schema() AND data_type = 'uuid'""");
			for (Map<String, Object> column : columns) {
				String table = (String) column.get("table_name");
				String name = (String) column.get("column_name");
				if (table.matches("[a-z_0-9]+") && name.matches("[a-z_0-9]+")) {
					ids.addAll(jdbc.queryForList("SELECT DISTINCT " + name + "::text FROM " + table + " WHERE "
							+ name + " IS NOT NULL", String.class));
				}
			}
		});
		return ids;
	}

	private MvcResult send(HttpMethod method, String path, String body, RequestPostProcessor user, String tenant)
			throws Exception {
		MockHttpServletRequestBuilder request = request(method, path).with(user)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
		if (tenant != null) {
			request.header(RequestTenantResolver.TENANT_HEADER, tenant);
		}
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as(method + " " + path + ": " + result.getResponse().getContentAsString())
			.isBetween(200, 299);
		return result;
	}

	private static String read(MvcResult result, String path) throws Exception {
		return JsonPath.read(result.getResponse().getContentAsString(), path).toString();
	}

	private static String householdFacingEviction() {
		return """
				{
				  "household": {
				    "members": [
				      {"givenName": "Ornella", "familyName": "%1$s", "relationship": "REFERENCE_PERSON",
				       "birthDate": "1984-05-09", "sex": "FEMALE", "disabled": false},
				      {"givenName": "Teo", "familyName": "%1$s", "relationship": "CHILD", "birthDate": "2016-02-11",
				       "sex": "MALE", "disabled": false}
				    ],
				    "contacts": [{"kind": "PHONE", "value": "+39 000 1112223"}]
				  },
				  "housing": {"situation": "EVICTION_IN_PROGRESS", "hearingDate": "%2$s"},
				  "consent": {"givenOn": "2026-11-02", "scopes": ["CASE_WORK"]}
				}""".formatted(MARKER, LocalDate.now().plusDays(40));
	}

	record Caller(RequestPostProcessor user, String tenantHeader, boolean districtScoped) {

		MockHttpServletRequestBuilder apply(MockHttpServletRequestBuilder request) {
			request.with(user).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
			if (tenantHeader != null) {
				request.header(RequestTenantResolver.TENANT_HEADER, tenantHeader);
			}
			return request;
		}
	}

	record Endpoint(HttpMethod method, String pattern) {

		String module() {
			return pattern.split("/")[2];
		}

		boolean isDistrictAdministration() {
			return pattern.startsWith("/api/platform/tenants") || pattern.startsWith("/api/platform/audit")
					|| pattern.startsWith("/api/platform/organisations");
		}

		/** The path with every variable replaced by each foreign id (and by a random one), or the path itself. */
		List<String> concretePaths(Set<String> ids) {
			Matcher variables = PATH_VARIABLE.matcher(pattern);
			if (!variables.find()) {
				return List.of(pattern);
			}
			List<String> paths = new ArrayList<>();
			for (String id : ids) {
				paths.add(PATH_VARIABLE.matcher(pattern).replaceAll(id));
			}
			paths.add(PATH_VARIABLE.matcher(pattern).replaceAll("00000000-0000-0000-0000-000000000000"));
			return paths;
		}
	}
}
