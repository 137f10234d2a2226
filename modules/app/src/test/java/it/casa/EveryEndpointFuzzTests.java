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
 * Sends generated requests, each of the declared shape with at most one value broken (a control character, a huge or
 * empty text, an implausible or malformed date, a wrong type, a null, an unknown enum value), to every write endpoint
 * and every query of every module, as the application's own OpenAPI description declares them: no answer may be a 5xx (ADR 0028). A
 * new module's endpoints are covered without writing anything here. Cases come from a seeded random source
 * ({@code -Dcasa.fuzz.seed=...} repeats a run, {@code -Dcasa.fuzz.cases=...} per endpoint and user,
 * {@code -Dcasa.fuzz.trace} prints every request's answer; pass them through surefire's {@code argLine}). Without the
 * platform's text check it finds the NUL in a note that the probe found (a 500).
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

	final int cases = Integer.getInteger("casa.fuzz.cases", 8);

	final Random random = new Random(seed);

	Map<String, Object> schemas = Map.of();

	final Map<String, String> knownIds = new LinkedHashMap<>();

	/** Where the values of the request being generated are, so that one of them can be broken afterwards. */
	final List<Leaf> leaves = new ArrayList<>();

	final Map<Integer, Integer> answers = new java.util.TreeMap<>();

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
				for (User user : users(path.getKey())) {
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
		System.out.println("Fuzzed " + sent + " requests (seed " + seed + "), answers by status: " + answers);
		assertThat(sent).as("generated requests").isGreaterThan(100);
		assertThat(failures).as("5xx answers (seed %d)", seed).isEmpty();
	}

	private @Nullable String send(String method, String template, Map<String, Object> spec, User user)
			throws Exception {
		leaves.clear();
		StringBuilder uri = new StringBuilder();
		Matcher variable = PATH_VARIABLE.matcher(template);
		Map<String, Map<String, Object>> parameters = parameters(spec);
		// Every value of the declared shape first (path variables, query parameters, the body), then at most one of
		// them broken: a request broken in many places is refused at its first fault and never reaches the code
		// behind it.
		Map<String, Object> pathValues = new LinkedHashMap<>();
		while (variable.find()) {
			String name = variable.group(1);
			Map<String, Object> parameter = parameters.get(name);
			Map<String, Object> schema = parameter == null ? Map.of("type", "string") : schema(parameter);
			pathValues.put(name, knownIds.containsKey(name) && random.nextInt(3) > 0 ? knownIds.get(name) : value(schema, 0));
			leaves.add(new Leaf(value -> pathValues.put(name, value), schema));
		}
		Map<String, Object> queryValues = new LinkedHashMap<>();
		for (Map<String, Object> parameter : parameters.values()) {
			if ("query".equals(parameter.get("in")) && random.nextInt(3) > 0) {
				String name = (String) parameter.get("name");
				queryValues.put(name, value(schema(parameter), 0));
				leaves.add(new Leaf(value -> queryValues.put(name, value), schema(parameter)));
			}
		}
		Map<String, Object> body = new LinkedHashMap<>();
		if (spec.get("requestBody") != null) {
			body.put("", value(bodySchema(spec), 0));
			leaves.add(new Leaf(value -> body.put("", value), bodySchema(spec)));
		}
		if (!leaves.isEmpty() && random.nextInt(5) > 0) {
			// Texts most often: they are where people type, and where the probe found its 500s.
			List<Leaf> texts = leaves.stream().filter(leaf -> type(leaf.schema()).equals("string")).toList();
			List<Leaf> candidates = !texts.isEmpty() && random.nextInt(3) > 0 ? texts : leaves;
			Leaf broken = candidates.get(random.nextInt(candidates.size()));
			broken.replace().accept(badValue(type(broken.schema())));
		}
		variable.reset();
		while (variable.find()) {
			variable.appendReplacement(uri, Matcher.quoteReplacement(java.net.URLEncoder
				.encode(String.valueOf(pathValues.get(variable.group(1))), java.nio.charset.StandardCharsets.UTF_8)
				.replace("+", "%20")));
		}
		variable.appendTail(uri);
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method.toUpperCase(java.util.Locale.ROOT)),
				java.net.URI.create(uri.toString()));
		queryValues.forEach((name, value) -> {
			if (value instanceof List<?> list) {
				list.forEach(item -> request.param(name, String.valueOf(item)));
			}
			else {
				request.param(name, String.valueOf(value));
			}
		});
		String content = null;
		if (body.containsKey("")) {
			content = random.nextInt(25) == 0 ? "{\"unclosed\": [" : JSON.writeValueAsString(body.get(""));
			request.contentType(MediaType.APPLICATION_JSON).content(content);
		}
		request.with(user.identity()).with(SecurityMockMvcRequestPostProcessors.csrf()).accept(MediaType.APPLICATION_JSON,
				MediaType.APPLICATION_PROBLEM_JSON, MediaType.ALL);
		if (user.municipality() != null) {
			request.header(RequestTenantResolver.TENANT_HEADER, user.municipality());
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		answers.merge(response.getStatus(), 1, Integer::sum);
		if (System.getProperty("casa.fuzz.trace") != null) {
			System.out.println("FUZZ " + method + " " + uri + " " + user.name() + " -> " + response.getStatus() + " "
					+ abbreviated(response.getContentAsString()));
		}
		if (response.getStatus() < 500) {
			return null;
		}
		return method.toUpperCase(java.util.Locale.ROOT) + " " + uri + " as " + user.name() + ": " + response.getStatus()
				+ (content == null ? "" : " body " + abbreviated(content));
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
					// Few optional fields: each is one more rule of the module that a generated value may break.
					if (required.contains(name) || random.nextInt(3) == 0) {
						object.put(name, value(likely(name, (Map<String, Object>) property), depth + 1));
						leaves.add(new Leaf(value -> object.put(name, value), (Map<String, Object>) property));
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
				int size = depth > 6 ? 0 : random.nextInt(Math.min(max, 3) + 1);
				Map<String, Object> items = (Map<String, Object>) schema.getOrDefault("items", Map.of("type", "string"));
				for (int i = 0; i < size; i++) {
					int index = i;
					array.add(value(items, depth + 1));
					leaves.add(new Leaf(value -> array.set(index, value), items));
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
			return values.get(random.nextInt(values.size()));
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
				return text(Math.max(1, Math.min(max, 60)));
		}
	}

	/** What a probe sends: mostly a bad value of the declared type, sometimes one of another type. */
	private @Nullable Object badValue(String type) {
		// Weighted like the probe's findings: control characters most, then dates, sizes and the rest.
		List<List<Object>> strings = List.of(List.of("a\u0000b", "Ros\u0000si", "\u0000", "\u0007\u001b[31m", "\u0085x", "x\ud800"),
				List.of("+999999-01-01T00:00:00Z", "0001-01-01", "+99999-12-31", "2026-02-30", "yesterday"),
				List.of("", " ", "x".repeat(20_000)), List.of("NOT_A_VALUE", "not-a-uuid", "%_\\", "DROP TABLE case_file; --"));
		if ("string".equals(type) && random.nextInt(4) > 0) {
			int group = random.nextInt(10);
			List<Object> chosen = strings.get(group < 4 ? 0 : group < 6 ? 1 : group < 8 ? 2 : 3);
			return chosen.get(random.nextInt(chosen.size()));
		}
		List<Object> others = new ArrayList<>(List.of(-1, Long.MAX_VALUE, 1e308, -0.5, true, List.of(), Map.of()));
		others.add(null);
		List<Object> any = new ArrayList<>(others);
		strings.forEach(any::addAll);
		return any.get(random.nextInt(any.size()));
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

	/**
	 * A text field whose name says what it holds gets a value of that kind (the modules check phones, e-mails and
	 * postal codes), so that well-shaped requests get past those checks to the code behind them.
	 */
	private static Map<String, Object> likely(String name, Map<String, Object> schema) {
		String lower = name.toLowerCase(java.util.Locale.ROOT);
		if (!type(schema).equals("string") || schema.containsKey("enum") || schema.containsKey("format")) {
			return schema;
		}
		String example = lower.contains("phone") ? "+39 02 1234567"
				: lower.contains("email") ? "ufficio@example.org" : lower.contains("postalcode") ? "20077" : null;
		return example == null ? schema : Map.of("type", "string", "enum", List.of(example));
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

	/** Who works with the function modules; the platform's administration is also tried by its administrator. */
	private List<User> users(String path) {
		List<User> users = new ArrayList<>(List.of(
				new User("municipal operator", CasaTestUsers.municipalOperator(MUNICIPALITY), null),
				new User("agency operator", CasaTestUsers.agencyOperator(), MUNICIPALITY)));
		if (path.startsWith("/api/platform/")) {
			users.add(new User("agency administrator", CasaTestUsers.agencyAdmin(), null));
		}
		return users;
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

	/** One generated value and how to put another in its place. */
	record Leaf(java.util.function.Consumer<@Nullable Object> replace, Map<String, Object> schema) {
	}
}
