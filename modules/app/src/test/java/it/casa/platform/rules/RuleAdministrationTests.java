package it.casa.platform.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import it.casa.CasaTestUsers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Versioned rules end to end: shipped versions loaded as adopted, an administrator's draft reviewed against the version
 * in force and adopted (audited), adopted versions never changed, and old decisions explained with their own version.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RuleAdministrationTests {

	static final String MISURA_UNICA = "/api/platform/rules/misura-unica";

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	RuleBook rules;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shippedVersionsAreAdoptedAndInForce() throws Exception {
		mvc.perform(get(MISURA_UNICA).with(CasaTestUsers.agencyAdmin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scope").value("DISTRICT"))
			.andExpect(jsonPath("$.versions[?(@.key == '2022-dgr-xi-6970')].status").value(hasItem("ADOPTED")))
			.andExpect(jsonPath("$.versions[?(@.key == '2022-dgr-xi-6970')].origin").value(hasItem("FILE")))
			.andExpect(jsonPath("$.versions[?(@.key == '2022-dgr-xi-6970')].inForce").value(hasItem(true)))
			.andExpect(jsonPath("$.versions[?(@.key == '2022-dgr-xi-6970')].act.number").value(hasItem("XI/6970")));
		mvc.perform(get("/api/platform/rules").with(CasaTestUsers.agencyOperator()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(hasItem("triage-grades")));
	}

	@Test
	void anAdministratorDraftsReviewsAndAdoptsAVersionAndEveryStepIsAudited() throws Exception {
		String key = "2031-dgr-" + unique();
		long id = draft(key, LocalDate.of(2031, 1, 1), new BigDecimal("28000"));

		mvc.perform(get(MISURA_UNICA + "/versions/" + id + "/changes").with(CasaTestUsers.agencyAdmin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.against.key").value("2022-dgr-xi-6970"))
			.andExpect(jsonPath("$.changes[?(@.path == 'parameters.maxIsee')].before").value(hasItem("26000 EURO")))
			.andExpect(jsonPath("$.changes[?(@.path == 'parameters.maxIsee')].after").value(hasItem("28000 EURO")))
			.andExpect(jsonPath("$.changes[?(@.path == 'act.number')].after").value(hasItem("XII/" + key)))
			.andExpect(jsonPath("$.changes[?(@.path == 'parameters.maxContribution')]").isEmpty());

		mvc.perform(post(MISURA_UNICA + "/versions/" + id + "/adoption").with(CasaTestUsers.agencyAdmin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"revision\": 0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ADOPTED"))
			.andExpect(jsonPath("$.adoptedBy").value("agenzia.admin"));

		assertThat(audited("rule-version", id)).containsExactly("CREATE");
		assertThat(audited("rule-version-adoption", id)).containsExactly("UPDATE");
	}

	@Test
	void anAdoptedVersionIsNeverChangedNorDiscarded() throws Exception {
		long id = draft("2032-dgr-" + unique(), LocalDate.of(2032, 1, 1), new BigDecimal("29000"));
		adopt(id, 0);

		mvc.perform(put(MISURA_UNICA + "/versions/" + id).with(CasaTestUsers.agencyAdmin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(Map.of("version", request("x-" + unique(), LocalDate.of(2032, 1, 1),
					new BigDecimal("1")), "revision", 1))))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("rules.version.adopted"));
		mvc.perform(delete(MISURA_UNICA + "/versions/" + id).param("revision", "1").with(CasaTestUsers.agencyAdmin()).with(csrf()))
			.andExpect(status().isConflict());
		// Nor by any code that goes around the service: the database refuses it.
		assertThatThrownBy(() -> jdbc.update("UPDATE district.rule_version SET effective_to = effective_from WHERE id = ?", id))
			.hasMessageContaining("is adopted");
		assertThatThrownBy(() -> jdbc.update("DELETE FROM district.rule_version WHERE id = ?", id))
			.hasMessageContaining("is adopted");
	}

	@Test
	void aDecisionExplainsItselfWithTheVersionItUsedAfterANewOneIsAdopted() throws Exception {
		// Other tests adopt versions effective from 2031 on; this one works in 2040 and compares with what it decided.
		LocalDate day = LocalDate.of(2040, 6, 1);
		Facts household = Facts.builder()
			.choice("housingKind", "AGREED_RENT")
			.flag("underEviction", false)
			.flag("ownsAdequateHomeInLombardy", false)
			.number("isee", 25000)
			.number("leaseRegisteredMonths", 12)
			.build();
		Evaluation decided = rules.evaluate(RuleSetId.of("misura-unica"), null, day, household);
		assertThat(decided.outcome()).isEqualTo("eligible");
		RuleVersionId stored = decided.version();

		long id = draft("2040-dgr-" + unique(), LocalDate.of(2040, 1, 1), new BigDecimal("24000"));
		adopt(id, 0);

		Evaluation now = rules.evaluate(RuleSetId.of("misura-unica"), null, day, household);
		assertThat(now.version()).isEqualTo(RuleVersionId.of(id));
		assertThat(now.outcome()).isEqualTo("not-eligible");
		assertThat(now.criterion("iseeWithinCeiling").thresholds().get(0).value()).isEqualTo("24000");

		Evaluation explained = rules.evaluate(stored, household);
		assertThat(explained.version()).isEqualTo(stored);
		assertThat(explained.outcome()).isEqualTo("eligible");
		assertThat(explained.criterion("iseeWithinCeiling").thresholds())
			.isEqualTo(decided.criterion("iseeWithinCeiling").thresholds());
		assertThat(explained.criterion("iseeWithinCeiling").met()).isTrue();
	}

	@Test
	void aStaleEditOfADraftIsRefusedAndADraftCanBeDiscarded() throws Exception {
		String key = "2034-dgr-" + unique();
		long id = draft(key, LocalDate.of(2034, 1, 1), new BigDecimal("26500"));
		String change = JSON.writeValueAsString(Map.of("version", request(key, LocalDate.of(2034, 2, 1),
				new BigDecimal("26600")), "revision", 0));
		mvc.perform(put(MISURA_UNICA + "/versions/" + id).with(CasaTestUsers.agencyAdmin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(change)).andExpect(status().isOk()).andExpect(jsonPath("$.revision").value(1));

		mvc.perform(put(MISURA_UNICA + "/versions/" + id).with(CasaTestUsers.agencyAdmin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(change)).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("version.stale"));
		mvc.perform(delete(MISURA_UNICA + "/versions/" + id).param("revision", "1").with(CasaTestUsers.agencyAdmin()).with(csrf()))
			.andExpect(status().isNoContent());
		mvc.perform(get(MISURA_UNICA + "/versions/" + id).with(CasaTestUsers.agencyAdmin())).andExpect(status().isNotFound());
		assertThat(audited("rule-version", id)).containsExactlyInAnyOrder("CREATE", "UPDATE", "DELETE");
	}

	@Test
	void aDraftThatBreaksTheRulesOfRulesListsEveryBadField() throws Exception {
		Map<String, Object> request = request("2035-" + unique(), LocalDate.of(2035, 1, 1), new BigDecimal("26000"));
		request.put("effectiveTo", "2034-12-31");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> criteria = (List<Map<String, Object>>) request.get("criteria");
		criteria.get(0).put("fact", "shoeSize");
		criteria.get(3).put("operands", List.of("maxIsee"));

		mvc.perform(post(MISURA_UNICA + "/versions").with(CasaTestUsers.agencyAdmin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(request)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("effectiveTo")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("criteria.housingCovered.fact")))
			.andExpect(jsonPath("$.errors[*].code").value(hasItem("rules.operands.unit")));
	}

	@Test
	void operatorsReadAndAskWhatIfButOnlyAdministratorsDraft() throws Exception {
		mvc.perform(post(MISURA_UNICA + "/versions").with(CasaTestUsers.agencyOperator()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(request("2036-" + unique(), LocalDate.of(2036, 1, 1), BigDecimal.ONE))))
			.andExpect(status().isForbidden());
		mvc.perform(get(MISURA_UNICA).with(CasaTestUsers.municipalOperator("melegnano"))).andExpect(status().isForbidden());

		mvc.perform(post(MISURA_UNICA + "/evaluation").with(CasaTestUsers.agencyOperator()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"on": "2026-03-01", "facts": {"housingKind": "FREE_MARKET", "underEviction": false,
					 "ownsAdequateHomeInLombardy": false, "isee": 12000.50, "leaseRegisteredMonths": 3}}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("not-eligible"))
			.andExpect(jsonPath("$.criteria[?(@.criterion == 'leaseLongEnough')].result").value(hasItem("NOT_MET")))
			.andExpect(jsonPath("$.criteria[?(@.criterion == 'leaseLongEnough')].value").value(hasItem(3)))
			.andExpect(jsonPath("$.criteria[?(@.criterion == 'iseeWithinCeiling')].result").value(hasItem("MET")))
			.andExpect(jsonPath("$.unknownFacts[0]").value("incomeDropPercent"));

		mvc.perform(post(MISURA_UNICA + "/evaluation").with(CasaTestUsers.agencyOperator()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"facts\": {\"isee\": \"low\"}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("facts.isee"));
		mvc.perform(post(MISURA_UNICA + "/evaluation").with(CasaTestUsers.agencyOperator()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"on\": \"2020-01-01\", \"facts\": {}}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("rules.noVersionInForce"));
	}

	private long draft(String key, LocalDate effectiveFrom, BigDecimal maxIsee) throws Exception {
		MvcResult result = mvc.perform(post(MISURA_UNICA + "/versions").with(CasaTestUsers.agencyAdmin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(request(key, effectiveFrom, maxIsee))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andReturn();
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

	private ResultActions adopt(long id, long revision) throws Exception {
		return mvc.perform(post(MISURA_UNICA + "/versions/" + id + "/adoption").with(CasaTestUsers.agencyAdmin())
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"revision\": " + revision + "}")).andExpect(status().isOk());
	}

	/** The shipped version's content, with another act, effective date and ISEE ceiling. */
	@SuppressWarnings("unchecked")
	private Map<String, Object> request(String key, LocalDate effectiveFrom, BigDecimal maxIsee) {
		RuleVersion shipped = rules.versions(RuleSetId.of("misura-unica"))
			.stream()
			.filter(version -> version.key().equals("2022-dgr-xi-6970"))
			.findFirst()
			.orElseThrow();
		Map<String, Object> content = JSON.convertValue(shipped.content(), LinkedHashMap.class);
		content.put("key", key);
		content.put("act", Map.of("kind", "REGIONAL_RESOLUTION", "number", "XII/" + key, "date", "2030-12-01", "body",
				"Giunta regionale della Lombardia"));
		content.put("effectiveFrom", effectiveFrom.toString());
		List<Map<String, Object>> parameters = new ArrayList<>((List<Map<String, Object>>) content.get("parameters"));
		parameters.replaceAll(parameter -> {
			Map<String, Object> copy = new LinkedHashMap<>(parameter);
			if (copy.get("name").equals("maxIsee")) {
				copy.put("value", maxIsee);
			}
			return copy;
		});
		content.put("parameters", parameters);
		List<Map<String, Object>> criteria = new ArrayList<>();
		((List<Map<String, Object>>) content.get("criteria")).forEach(criterion -> criteria.add(new LinkedHashMap<>(criterion)));
		content.put("criteria", criteria);
		return content;
	}

	private List<String> audited(String recordType, long id) {
		return jdbc.queryForList("SELECT action FROM district.audit_event WHERE record_type = ? AND record_id = ? ORDER BY id",
				String.class, recordType, Long.toString(id));
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}
}
