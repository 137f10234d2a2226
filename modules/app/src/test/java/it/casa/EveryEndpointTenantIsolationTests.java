package it.casa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
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

import it.casa.platform.Role;
import it.casa.platform.TenantContext;
import it.casa.platform.TenantId;
import it.casa.platform.tenancy.RequestTenantResolver;

/**
 * Tries every {@code /api/**} endpoint the application maps, with every role, against the victim's records: Melegnano's
 * and a partner organisation's, seeded by every module's {@link IsolationFixture}. A foreign write is sent with the
 * fixture's example body (its current version for a versioned one), on every path its template gives with the victim's
 * ids and with the ids the fixtures remembered. A leak is a 2xx that carries the victim's data (its marker or an id) to
 * someone who does not work there, nor for the organisation, a 2xx write on a path naming a victim's record, or any
 * change to Melegnano's tables. Endpoints come from the request mappings and ids from Melegnano's schema itself, so a
 * new endpoint or a new table is covered without touching this test; the seeding and the bodies are the modules'.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryEndpointTenantIsolationTests {

	static final String VICTIM = IsolationVictim.MUNICIPALITY;

	static final String OTHER = "san-donato-milanese";

	static final String MARKER = IsolationVictim.MARKER;

	static final String NO_RECORD = "00000000-0000-0000-0000-000000000000";

	/** What changes in a municipality's schema without anyone writing its records: logs, queues, migrations. */
	static final Pattern BOOKKEEPING = Pattern.compile(".*(audit|event_publication|scheduled|databasechangelog).*");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	final Set<String> foreignIds = new LinkedHashSet<>();

	final Map<String, WriteBody> writeBodies = new LinkedHashMap<>();

	IsolationVictim victim;

	Instant seededFrom;

	int requests;

	/** What the fixtures name as the administrators' own district-wide tools ({@link IsolationFixture}). */
	final List<String> administratorsDistrictTools = new ArrayList<>();

	@BeforeAll
	void seedTheVictim() throws Exception {
		// Other test classes share this database: only what this suite creates counts as the victim's data.
		seededFrom = Instant.now();
		Set<String> before = idsOfEveryTableIn(VICTIM);
		victim = new IsolationVictim(mvc);
		List<IsolationFixture> fixtures = IsolationFixture.all();
		assertThat(fixtures).extracting(IsolationFixture::module).contains("casework", "emergency", "platform");
		for (IsolationFixture fixture : fixtures) {
			fixture.seed(victim);
			writeBodies.putAll(fixture.writeBodies());
			administratorsDistrictTools.addAll(fixture.administratorsDistrictTools());
		}
		foreignIds.addAll(idsOfEveryTableIn(VICTIM));
		foreignIds.removeAll(before);
		assertThat(foreignIds).as("ids seeded in Melegnano").hasSizeGreaterThanOrEqualTo(5);
		foreignIds.addAll(victim.foreignRecords());
	}

	@Test
	void noRoleGetsOrChangesAnotherMunicipalitysOrOrganisationsDataFromAnyEndpoint() throws Exception {
		Map<String, Caller> callers = callers();
		List<Endpoint> endpoints = apiEndpoints();
		assertThat(endpoints).extracting(Endpoint::module).contains("casework", "emergency", "platform");
		List<String> leaks = new ArrayList<>();
		List<String> refusedBodies = new ArrayList<>();
		Map<String, String> tablesBefore = checksumsOfEveryTableIn(VICTIM);

		for (Endpoint endpoint : endpoints) {
			WriteBody example = writeBodies.get(endpoint.key());
			for (String path : endpoint.concretePaths(foreignIds, victim)) {
				// The victim's current version, read once per path: a leaked write would change it, and that is caught.
				String body = example == null ? "{}" : example.json(victim);
				for (Map.Entry<String, Caller> caller : callers.entrySet()) {
					if (caller.getValue().districtScoped()
							&& administratorsDistrictTools.stream().anyMatch(endpoint.pattern()::startsWith)) {
						continue; // the administrator's own district-wide tools (tenants, audit trail, organisations): nothing there is foreign
					}
					MvcResult result = mvc.perform(caller.getValue().apply(request(endpoint.method(), path)
						.contentType(MediaType.APPLICATION_JSON)
						.content(body)
						.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON))).andReturn();
					requests++;
					int status = result.getResponse().getStatus();
					boolean succeeded = status >= 200 && status < 300;
					if (succeeded && carriesTheVictimsData(result.getResponse().getContentAsString())) {
						leaks.add("read: " + caller.getKey() + " " + endpoint.method() + " " + path + " -> " + status);
					}
					else if (succeeded && endpoint.writes() && namesAVictimsRecord(path)) {
						leaks.add("write: " + caller.getKey() + " " + endpoint.method() + " " + path + " -> " + status);
					}
					if (status == 400 && example != null && path.equals(victim.precisePath(endpoint.pattern()))) {
						refusedBodies.add(endpoint.key() + " as " + caller.getKey() + ": "
								+ result.getResponse().getContentAsString());
					}
				}
			}
		}

		System.getLogger(getClass().getName()).log(System.Logger.Level.INFO,
				"Isolation suite: {0} endpoints ({1} writes with an example body), {2} callers, {3} foreign ids, {4} requests",
				endpoints.size(), endpoints.stream().filter(e -> writeBodies.containsKey(e.key())).count(), callers.size(),
				foreignIds.size(), requests);
		assertThat(leaks).as("responses that carried the victim's data to outsiders, or writes they made to it").isEmpty();
		assertThat(refusedBodies).as("example bodies of the IsolationFixtures refused as invalid on the path naming the "
				+ "victim's record: the write never reached the checks that matter; correct the body in the module's fixture")
			.isEmpty();
		assertThat(checksumsOfEveryTableIn(VICTIM)).as("Melegnano's tables after outsiders tried every endpoint")
			.isEqualTo(tablesBefore);
	}

	private boolean carriesTheVictimsData(String body) {
		return body.contains(MARKER) || foreignIds.stream().anyMatch(body::contains);
	}

	private boolean namesAVictimsRecord(String path) {
		return foreignIds.stream().anyMatch(path::contains);
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

	/**
	 * An md5 of every row of every table in the municipality's schema (but its bookkeeping), read as that municipality
	 * once the events already published have been handled (listeners write timeline entries there).
	 */
	private Map<String, String> checksumsOfEveryTableIn(String tenant) {
		Awaitility.await("events published since the seeding, handled").atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> jdbc.queryForObject("""
					SELECT count(*) FROM district.event_publication
					WHERE completion_date IS NULL AND publication_date >= ? AND coalesce(status, '') <> 'FAILED'""",
					Long.class, java.sql.Timestamp.from(seededFrom)) == 0);
		Map<String, String> checksums = new TreeMap<>();
		TenantContext.runAs(TenantId.of(tenant), () -> {
			List<String> tables = jdbc.queryForList("""
					SELECT table_name FROM information_schema.tables
					WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'""", String.class);
			for (String table : tables) {
				if (table.matches("[a-z_0-9]+") && !BOOKKEEPING.matcher(table).matches()) {
					checksums.put(table, jdbc.queryForObject("SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), ''))"
							+ " FROM " + table + " t", String.class));
				}
			}
		});
		return checksums;
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

		/** How the mapping and its fixture name it: {@code POST /api/casework/cases/{caseId}/notes}. */
		String key() {
			return method.name() + " " + pattern;
		}

		boolean writes() {
			return !method.equals(HttpMethod.GET) && !method.equals(HttpMethod.HEAD) && !method.equals(HttpMethod.OPTIONS);
		}

		/**
		 * The path with every variable replaced by each foreign id, by an id of no record, and by what the fixtures
		 * remembered for each variable (the one path that names a real record for every variable); or the path itself.
		 */
		Set<String> concretePaths(Set<String> ids, IsolationVictim victim) {
			Matcher variables = IsolationVictim.PATH_VARIABLE.matcher(pattern);
			if (!variables.find()) {
				return Set.of(pattern);
			}
			Set<String> paths = new LinkedHashSet<>();
			for (String id : ids) {
				paths.add(IsolationVictim.PATH_VARIABLE.matcher(pattern).replaceAll(Matcher.quoteReplacement(id)));
			}
			paths.add(IsolationVictim.PATH_VARIABLE.matcher(pattern).replaceAll(NO_RECORD));
			String precise = victim.precisePath(pattern);
			if (precise != null) {
				paths.add(precise);
			}
			return paths;
		}
	}
}
