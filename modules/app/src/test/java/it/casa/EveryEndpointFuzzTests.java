package it.casa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

import it.casa.platform.tenancy.RequestTenantResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends generated input, mostly well-shaped and partly bad (control characters, huge or empty texts, implausible or
 * malformed dates, wrong types, missing or null fields, unknown enum values), to every write endpoint and every query
 * of every module, as the application's own OpenAPI description declares them: no answer may be a 5xx (ADR 0028). A
 * new module's endpoints are covered without writing anything here. Cases come from a seeded random source
 * ({@code -Dcasa.fuzz.seed=...} repeats a run; {@code -Dcasa.fuzz.cases=...} per endpoint and user).
 * <p>
 * The test has a database of its own (a context of its own), so that what it writes never reaches another test's
 * counts; a real case and emergency are seeded so that generated writes also reach the services, not only binding.
 */
@SpringBootTest(properties = "casa.test.context=fuzz")
@AutoConfigureMockMvc
class EveryEndpointFuzzTests {

	static final String MUNICIPALITY = "colturano";

	static final Set<String> FUZZED_METHODS = Set.of("post", "put", "patch", "delete", "get");

	static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}/]+)}");

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	final long seed = Long.getLong("casa.fuzz.seed", 20261206L);

	final int cases = Integer.getInteger("casa.fuzz.cases", 6);

	final Random random = new Random(seed);

	Map<String, Object> schemas = Map.of();

	final Map<String, String> knownIds = new LinkedHashMap<>();

	@Test
	@SuppressWarnings("unchecked")
	void noGeneratedRequestToAnyEndpointIsAnsweredWithA5xx() throws Exception {
		// given: the API as the application describes it, and records to aim at
		Map<String, Object> description = JSON.readValue(mvc.perform(request(HttpMethod.GET, "/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(), Map.class);
		schemas = (Map<String, Object>) ((Map<String, Object>) description.get("components")).get("schemas");
		seedRecords();

		// when: every operation gets generated requests from every kind of user
		List<String> failures = new ArrayList<>();
		int sent = 0;
		Map<String, Object> paths = (Map<String, Object>) description.get("paths");
		for (Map.Entry<String, Object> path : paths.entrySet()) {
			if (!path.getKey().startsWith("/api/")) {
				continue;
			}
			for (Map.Entry<String, Object> operation : ((Map<String, Object>) path.getValue()).entrySet()) {
				if (!FUZZED_METHODS.contains(operation.getKey())) {
					continue;
				}
				Map<String, Object> spec = (Map<String, Object>) operation.getValue();
				if (operation.getKey().equals("get") && spec.get("parameters") == null) {
					continue;
				}
				for (User user : users()) {
					for (int n = 0; n < cases; n++) {
						sent++;
						String failure = send(operation.getKey(), path.getKey(), spec, user);
						if (failure != null) {
							failures.add(failure);
						}
					}
				}
			}
		}

		// then
		assertThat(sent).as("generated requests").isGreaterThan(100);
		assertThat(failures).as("5xx answers (seed %d)", seed).isEmpty();
	}

	private @Nullable String send(String method, String template, Map<String, Object> spec, User user)
			throws Exception {
		StringBuilder uri = new StringBuilder();
		Matcher variable = PATH_VARIABLE.matcher(template);
		Map<String, Map<String, Object>> parameters = parameters(spec);
		while (variable.find()) {
			Map<String, Object> parameter = parameters.get(variable.group(1));
			Object value = knownIds.containsKey(variable.group(1)) && random.nextInt(3) > 0 ? knownIds.get(variable.group(1))
					: value(parameter == null ? Map.of("type", "string") : schema(parameter), 0);
			variable.appendReplacement(uri,
					Matcher.quoteReplacement(java.net.URLEncoder.encode(String.valueOf(value), java.nio.charset.StandardCharsets.UTF_8)
						.replace("+", "%20")));
		}
		variable.appendTail(uri);
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method.toUpperCase(java.util.Locale.ROOT)),
				java.net.URI.create(uri.toString()));
		for (Map<String, Object> parameter : parameters.values()) {
			if ("query".equals(parameter.get("in")) && random.nextInt(3) > 0) {
				Object value = value(schema(parameter), 0);
				if (value instanceof List<?> list) {
					list.forEach(item -> request.param((String) parameter.get("name"), String.valueOf(item)));
				}
				else {
					request.param((String) parameter.get("name"), String.valueOf(value));
				}
			}
		}
		String body = null;
		if (spec.get("requestBody") != null) {
			body = random.nextInt(20) == 0 ? "{\"unclosed\": [" : JSON.writeValueAsString(value(bodySchema(spec), 0));
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		request.with(user.identity()).with(SecurityMockMvcRequestPostProcessors.csrf()).accept(MediaType.APPLICATION_JSON,
				MediaType.APPLICATION_PROBLEM_JSON, MediaType.ALL);
		if (user.municipality() != null) {
			request.header(RequestTenantResolver.TENANT_HEADER, user.municipality());
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		if (response.getStatus() < 500) {
			return null;
		}
		return method.toUpperCase(java.util.Locale.ROOT) + " " + uri + " as " + user.name() + ": " + response.getStatus()
				+ (body == null ? "" : " body " + abbreviated(body));
	}

	/** A value for a schema: mostly of the declared shape, sometimes broken in one of the ways a probe would try. */
	@SuppressWarnings("unchecked")
	private @Nullable Object value(Map<String, Object> schema, int depth) {
		if (schema.get("$ref") instanceof String ref) {
			return value((Map<String, Object>) schemas.getOrDefault(ref.substring(ref.lastIndexOf('/') + 1), Map.of()),
					depth);
		}
		for (String alternatives : List.of("oneOf", "anyOf", "allOf")) {
			if (schema.get(alternatives) instanceof List<?> options && !options.isEmpty()) {
				return value((Map<String, Object>) options.get(random.nextInt(options.size())), depth);
			}
		}
		int dice = random.nextInt(100);
		if (dice < 4) {
			return null;
		}
		if (dice < 12) {
			return badValue();
		}
		String type = type(schema);
		switch (type) {
			case "object": {
				Map<String, Object> object = new LinkedHashMap<>();
				if (depth > 6) {
					return object;
				}
				Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
				List<Object> required = (List<Object>) schema.getOrDefault("required", List.of());
				properties.forEach((name, property) -> {
					if (required.contains(name) ? random.nextInt(20) > 0 : random.nextInt(3) > 0) {
						object.put(name, value((Map<String, Object>) property, depth + 1));
					}
				});
				if (schema.get("additionalProperties") instanceof Map<?, ?> values) {
					for (int i = random.nextInt(3); i > 0; i--) {
						object.put(text(12), value((Map<String, Object>) values, depth + 1));
					}
				}
				return object;
			}
			case "array": {
				List<Object> array = new ArrayList<>();
				int max = schema.get("maxItems") instanceof Number n ? n.intValue() : 5;
				int size = depth > 6 ? 0 : random.nextInt(10) == 0 ? max + 1 : random.nextInt(Math.min(max, 4) + 1);
				Map<String, Object> items = (Map<String, Object>) schema.getOrDefault("items", Map.of("type", "string"));
				for (int i = 0; i < size; i++) {
					array.add(value(items, depth + 1));
				}
				return array;
			}
			case "integer":
				return schema.get("minimum") instanceof Number min && schema.get("maximum") instanceof Number max
						&& random.nextBoolean()
								? min.longValue() + (long) (random.nextDouble() * (max.longValue() - min.longValue() + 1))
								: List.of(0L, 1L, 2L, -1L, 7L, Long.MAX_VALUE, (long) Integer.MAX_VALUE + 1).get(random.nextInt(7));
			case "number":
				return List.of(0, 1.5, -3, 1e12, 123456.789).get(random.nextInt(5));
			case "boolean":
				return random.nextBoolean();
			default:
				return string(schema);
		}
	}

	private Object string(Map<String, Object> schema) {
		if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
			return random.nextInt(10) == 0 ? "NOT_A_VALUE" : values.get(random.nextInt(values.size()));
		}
		String format = String.valueOf(schema.get("format"));
		switch (format) {
			case "uuid":
				return UUID.randomUUID().toString();
			case "date":
				return LocalDate.of(1940, 1, 1).plusDays(random.nextInt(40_000)).toString();
			case "date-time":
				return LocalDate.of(1990, 1, 1).plusDays(random.nextInt(20_000)) + "T10:15:30Z";
			default:
				int max = schema.get("maxLength") instanceof Number n ? n.intValue() : 60;
				return random.nextInt(15) == 0 ? "x".repeat(max + 1) : text(Math.max(1, Math.min(max, 60)));
		}
	}

	/** What a probe sends where the schema expects something else. */
	private Object badValue() {
		List<Object> bad = List.of("a\u0000b", "\u0007\u001b[31m", "\ud800", "%_\\", "", " ", "x".repeat(20_000),
				"+999999-01-01T00:00:00Z", "0001-01-01", "+99999-12-31", "2026-02-30", "yesterday", "not-a-uuid", -1,
				Long.MAX_VALUE, 1e308, true, List.of(), Map.of(), "DROP TABLE case_file; --", "<script>x</script>");
		return bad.get(random.nextInt(bad.size()));
	}

	private String text(int maxLength) {
		String alphabet = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789àèéìòù-'.,;:\n\t%_\\😀";
		StringBuilder text = new StringBuilder();
		int length = 1 + random.nextInt(maxLength);
		while (text.length() < length) {
			int codePoint = alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0,
					alphabet.length()))));
			text.appendCodePoint(codePoint);
		}
		return text.length() > maxLength ? text.substring(0, Math.max(0, maxLength - 1)) + "x" : text.toString();
	}

	@SuppressWarnings("unchecked")
	private static String type(Map<String, Object> schema) {
		Object type = schema.get("type");
		if (type instanceof List<?> types) {
			return types.stream().map(String::valueOf).filter(t -> !t.equals("null")).findFirst().orElse("string");
		}
		if (type == null) {
			return schema.containsKey("properties") ? "object" : "string";
		}
		return String.valueOf(type);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> parameters(Map<String, Object> spec) {
		Map<String, Map<String, Object>> byName = new LinkedHashMap<>();
		for (Object parameter : (List<Object>) spec.getOrDefault("parameters", List.of())) {
			Map<String, Object> described = (Map<String, Object>) parameter;
			byName.put(String.valueOf(described.get("name")), described);
		}
		return byName;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> schema(Map<String, Object> parameter) {
		return (Map<String, Object>) parameter.getOrDefault("schema", Map.of("type", "string"));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> bodySchema(Map<String, Object> spec) {
		Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) spec.get("requestBody")).get("content");
		Map<String, Object> json = (Map<String, Object>) content.values().iterator().next();
		return (Map<String, Object>) json.getOrDefault("schema", Map.of("type", "object"));
	}

	private static String abbreviated(String text) {
		return text.length() <= 300 ? text : text.substring(0, 300) + "...";
	}

	private List<User> users() {
		return List.of(new User("municipal operator", CasaTestUsers.municipalOperator(MUNICIPALITY), null),
				new User("agency operator", CasaTestUsers.agencyOperator(), MUNICIPALITY),
				new User("agency administrator", CasaTestUsers.agencyAdmin(), null));
	}

	/** A case (with its household) and an emergency of the municipality, so that generated ids sometimes exist. */
	private void seedRecords() throws Exception {
		ApiClient.As operator = new ApiClient(mvc).as(CasaTestUsers.municipalOperator(MUNICIPALITY), null);
		String code = InventedFiscalCodes.fiscalCode("FZZ", "MRC", LocalDate.of(1975, 1, 20), false);
		var filed = operator.post("/api/casework/cases", """
				{"household": {"members": [{"givenName": "Marco", "familyName": "Fuzzati", "relationship": "REFERENCE_PERSON",
				   "birthDate": "1975-01-20", "sex": "MALE", "fiscalCode": "%s", "disabled": false}]},
				 "housing": {"situation": "RENT_NOT_SUSTAINABLE"}, "consent": {"givenOn": "2026-11-02", "scopes": ["CASE_WORK"]}}"""
			.formatted(code)).andExpect(status().isCreated());
		knownIds.put("caseId", ApiClient.string(filed, "$.id"));
		knownIds.put("householdId", ApiClient.string(filed, "$.householdId"));
		knownIds.put("emergencyId", operator.create("/api/emergency/emergencies", """
				{"reportingEntity": {"kind": "POLICE"}, "problem": {"type": "FLOODING"}, "people": {"count": 1}}"""));
	}

	record User(String name, RequestPostProcessor identity, @Nullable String municipality) {
	}
}
