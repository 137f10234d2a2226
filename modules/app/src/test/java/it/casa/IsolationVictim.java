package it.casa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/**
 * Whose data the isolation suite guards: Melegnano's records and a partner organisation that none of the callers works
 * for, seeded by every module's {@link IsolationFixture}. It gives the fixtures the victim's own people to file with,
 * and keeps what they remember (the ids their path variables name) for the suite to try the precise paths.
 */
public final class IsolationVictim {

	/** The victim municipality. */
	public static final String MUNICIPALITY = "melegnano";

	/** Invented family name put into every seeded text: it must never reach anyone but the victim's own people. */
	public static final String MARKER = "Zanzibarotti";

	static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}/:]+)(:[^}]*)?}");

	private final ApiClient api;

	private final Map<String, String> remembered = new LinkedHashMap<>();

	private final Set<String> foreignRecords = new LinkedHashSet<>();

	IsolationVictim(MockMvc mvc) {
		this.api = new ApiClient(mvc);
	}

	/** A municipal operator of Melegnano. */
	public ApiClient.As municipalOperator() {
		return api.as(CasaTestUsers.municipalOperator(MUNICIPALITY), null);
	}

	/** The agency's operator, acting in Melegnano. */
	public ApiClient.As agencyOperator() {
		return api.as(CasaTestUsers.agencyOperator(), MUNICIPALITY);
	}

	/** The agency's administrator, for the district's records (partner organisations). */
	public ApiClient.As agencyAdmin() {
		return api.as(CasaTestUsers.agencyAdmin(), null);
	}

	/** Anyone else the module's records belong to (a partner organisation's person), with no municipality. */
	public ApiClient.As as(RequestPostProcessor user) {
		return api.as(user, null);
	}

	/** Keeps a value that a path variable of that name stands for ({@code caseId}). */
	public void remember(String key, String value) {
		String before = remembered.putIfAbsent(key, value);
		assertThat(before).as("'%s' is remembered twice: two fixtures name the same path variable", key).isNull();
	}

	public @Nullable String recalled(String key) {
		return remembered.get(key);
	}

	/**
	 * A record of the victim's outside its municipality's schema (the suite finds every id in the schema by itself): a
	 * response carrying it to an outsider is a leak, a write naming it as well.
	 */
	public void addForeignRecord(String id) {
		foreignRecords.add(id);
	}

	public Set<String> foreignRecords() {
		return Collections.unmodifiableSet(foreignRecords);
	}

	/**
	 * The path template with every variable replaced by the value remembered for it; null when one is not remembered.
	 */
	public @Nullable String precisePath(String template) {
		Matcher variables = PATH_VARIABLE.matcher(template);
		StringBuilder path = new StringBuilder();
		while (variables.find()) {
			String value = remembered.get(variables.group(1));
			if (value == null) {
				return null;
			}
			variables.appendReplacement(path, Matcher.quoteReplacement(value));
		}
		variables.appendTail(path);
		return path.toString();
	}

	/** Like {@link #precisePath}, failing with what to remember when a variable is not. */
	String resolved(String template) {
		String path = precisePath(template);
		assertThat(path).as("%s names a variable that no fixture remembered (IsolationVictim.remember)", template)
			.isNotNull();
		return path;
	}

	/** The current version of the victim's record at {@code path} ({@code $.version}). */
	public long versionAt(String path) throws Exception {
		return versionAt(path, "$.version");
	}

	/**
	 * The current version at {@code jsonPath} of the victim's record at {@code path}, read by its agency operator in
	 * Melegnano or, for the district's records, by the agency's administrator.
	 */
	public long versionAt(String path, String jsonPath) throws Exception {
		MockHttpServletResponse answer = agencyOperator().get(path).andReturn().getResponse();
		if (answer.getStatus() != 200) {
			answer = agencyAdmin().get(path).andReturn().getResponse();
		}
		assertThat(answer.getStatus()).as("the victim's own people read %s: %s", path, answer.getContentAsString())
			.isEqualTo(200);
		return ((Number) JsonPath.read(answer.getContentAsString(), jsonPath)).longValue();
	}

	/** Asserts that a call that creates a record succeeded, and returns the record's {@code id}. */
	public static String created(ResultActions result) throws Exception {
		succeeded(result);
		return ApiClient.string(result, "$.id");
	}

	/** Asserts that a call succeeded (2xx), saying what it answered otherwise. */
	public static void succeeded(ResultActions result) throws Exception {
		MockHttpServletResponse answer = result.andReturn().getResponse();
		assertThat(answer.getStatus()).as("%s %s answered %s", result.andReturn().getRequest().getMethod(),
				result.andReturn().getRequest().getRequestURI(), answer.getContentAsString())
			.isBetween(200, 299);
	}
}
