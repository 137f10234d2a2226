package it.casa.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.jayway.jsonpath.JsonPath;

import it.casa.CasaTestUsers;
import it.casa.platform.AuditTrail;
import it.casa.platform.AuditTrail.AuditAction;
import it.casa.platform.TenantContext;
import it.casa.platform.TenantId;
import it.casa.platform.tenancy.RequestTenantResolver;

/** The administrator's API over the trail: filters, pages, CSV export, verification, and its own audit. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditAdministrationTests {

	static final TenantId MELEGNANO = TenantId.of("melegnano");

	static final TenantId SAN_DONATO = TenantId.of("san-donato-milanese");

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditEventStore store;

	@Test
	void searchCombinesRecordTenantActionActorAndTimeFilters() throws Exception {
		String caseId = unique();
		TenantContext.runAs(MELEGNANO, () -> trail.record(AuditAction.READ, "case", caseId));
		TenantContext.runAs(MELEGNANO, () -> trail.record(AuditAction.UPDATE, "case", caseId));
		TenantContext.runAs(SAN_DONATO, () -> trail.record(AuditAction.READ, "case", caseId));
		trail.record(AuditAction.READ, "case", caseId);
		List<AuditEntry> oldestFirst = eventsFor(caseId).stream().sorted(Comparator.comparing(AuditEntry::id)).toList();

		assertThat(idsOf(search("recordId", caseId))).containsExactly(oldestFirst.get(3).id(),
				oldestFirst.get(2).id(), oldestFirst.get(1).id(), oldestFirst.get(0).id());
		assertThat(idsOf(search("recordId", caseId, "tenant", "melegnano"))).hasSize(2);
		assertThat(idsOf(search("recordId", caseId, "tenant", "melegnano", "action", "READ")))
			.containsExactly(oldestFirst.get(0).id());
		assertThat(idsOf(search("recordId", caseId, "tenant", "district"))).containsExactly(oldestFirst.get(3).id());
		assertThat(idsOf(search("recordId", caseId, "actor", "system", "recordType", "case"))).hasSize(4);
		assertThat(idsOf(search("recordId", caseId, "recordType", "household"))).isEmpty();
		assertThat(idsOf(search("recordId", caseId, "from", oldestFirst.get(2).occurredAt().toString())))
			.containsExactly(oldestFirst.get(3).id(), oldestFirst.get(2).id());
		assertThat(idsOf(search("recordId", caseId, "to", oldestFirst.get(1).occurredAt().toString())))
			.containsExactly(oldestFirst.get(0).id());
	}

	@Test
	void searchPagesNewestFirst() throws Exception {
		String caseId = unique();
		for (int i = 0; i < 5; i++) {
			trail.record(AuditAction.READ, "case", caseId);
		}

		String first = search("recordId", caseId, "size", "2");
		String second = search("recordId", caseId, "size", "2", "page", "1");
		String last = search("recordId", caseId, "size", "2", "page", "2");

		List<Long> ids = new ArrayList<>(idsOf(first));
		ids.addAll(idsOf(second));
		ids.addAll(idsOf(last));
		assertThat(ids).hasSize(5).isSortedAccordingTo(Comparator.reverseOrder());
		assertThat((Boolean) JsonPath.read(first, "$.hasNext")).isTrue();
		assertThat((Boolean) JsonPath.read(last, "$.hasNext")).isFalse();
		assertThat((Integer) JsonPath.read(second, "$.page")).isEqualTo(1);
		assertThat((String) JsonPath.read(first, "$.items[0].occurredAt")).matches("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");
		assertThat((String) JsonPath.read(first, "$.items[0].previousHash")).matches("[0-9a-f]{64}");
	}

	@Test
	void searchIsItselfRecordedWithItsFiltersAndTheRequestId() throws Exception {
		String caseId = unique();
		String requestId = "req-" + UUID.randomUUID();

		mvc.perform(get("/api/platform/audit").with(CasaTestUsers.agencyAdmin()).param("recordId", caseId)
			.param("tenant", "melegnano")
			.header("X-Request-Id", requestId)
			.header(RequestTenantResolver.TENANT_HEADER, "melegnano")
			.header("X-Casa-Access-Reason", "only recorded for agency staff"))
			.andExpect(status().isOk());

		assertThat(eventsFor("tenant=melegnano&recordId=" + caseId)).singleElement().satisfies(event -> {
			assertThat(event.action()).isEqualTo("SEARCH");
			assertThat(event.recordType()).isEqualTo("audit_trail");
			assertThat(event.requestId()).isEqualTo(requestId);
			assertThat(event.tenant()).isEqualTo("melegnano");
			// Agency staff acting inside a municipality: their stated reason is kept with the access.
			assertThat(event.reason()).isEqualTo("only recorded for agency staff");
		});
	}

	@Test
	void csvExportParsesBackAndShowsWouldBeFormulasAsText() throws Exception {
		String recordType = "+type-" + UUID.randomUUID();
		List<String> recordIds = List.of("=1+2", "-3", "@SUM(A1)", "plain, with \"quotes\"", "ordinary-42");
		for (String recordId : recordIds) {
			trail.record(AuditAction.READ, recordType, recordId);
		}

		String csv = mvc.perform(get("/api/platform/audit/export.csv").with(CasaTestUsers.agencyAdmin()).param("recordType", recordType))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.parseMediaType("text/csv")))
			.andExpect(header().string("Content-Disposition", startsWith("attachment;")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		List<List<String>> rows = Rfc4180.parse(csv);
		assertThat(rows.get(0)).isEqualTo(AuditCsv.HEADER);
		assertThat(rows).hasSize(1 + recordIds.size()).allSatisfy(row -> assertThat(row).hasSize(AuditCsv.HEADER.size()));
		List<List<String>> events = rows.subList(1, rows.size());
		int recordTypeColumn = AuditCsv.HEADER.indexOf("record_type");
		int recordIdColumn = AuditCsv.HEADER.indexOf("record_id");
		assertThat(events).extracting(row -> row.get(recordTypeColumn)).containsOnly("'" + recordType);
		assertThat(events).extracting(row -> row.get(recordIdColumn))
			.containsExactly("'=1+2", "'-3", "'@SUM(A1)", "plain, with \"quotes\"", "ordinary-42");
		assertThat(events).extracting(row -> row.get(AuditCsv.HEADER.indexOf("hash")))
			.allSatisfy(hash -> assertThat(hash).matches("[0-9a-f]{64}"));
	}

	@Test
	void exportIsItselfRecordedAsAnExport() throws Exception {
		String caseId = unique();

		mvc.perform(get("/api/platform/audit/export.csv").with(CasaTestUsers.agencyAdmin()).param("recordId", caseId)).andExpect(status().isOk());

		assertThat(eventsFor("recordId=" + caseId)).singleElement().satisfies(event -> {
			assertThat(event.action()).isEqualTo("EXPORT");
			assertThat(event.recordType()).isEqualTo("audit_trail");
			assertThat(event.requestId()).isNotBlank();
		});
	}

	@Test
	void verificationReportsAnIntactChainAndItsHead() throws Exception {
		trail.record(AuditAction.READ, "case", unique());

		mvc.perform(get("/api/platform/audit/verification").with(CasaTestUsers.agencyOperator()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/platform/audit/verification").with(CasaTestUsers.agencyAdmin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ok").value(true))
			.andExpect(jsonPath("$.firstBrokenId").doesNotExist())
			.andExpect(jsonPath("$.lastHash").value(matchesPattern("[0-9a-f]{64}")));
	}

	@Test
	void malformedFiltersAreProblem400s() throws Exception {
		for (String[] query : List.of(new String[] { "size", "0" }, new String[] { "size", "501" },
				new String[] { "page", "-1" }, new String[] { "action", "PEEK" },
				new String[] { "tenant", "Not A Tenant" }, new String[] { "from", "yesterday" },
				new String[] { "from", "2026-11-24T10:00:00Z", "to", "2026-11-24T09:00:00Z" })) {
			ResultActions result = mvc.perform(get("/api/platform/audit").with(CasaTestUsers.agencyAdmin()).queryParams(params(query)));
			result.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
	}

	private String search(String... parameters) throws Exception {
		return mvc.perform(get("/api/platform/audit").with(CasaTestUsers.agencyAdmin()).queryParams(params(parameters)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static List<Long> idsOf(String page) {
		List<Number> ids = JsonPath.read(page, "$.items[*].id");
		return ids.stream().map(Number::longValue).toList();
	}

	private List<AuditEntry> eventsFor(String recordId) {
		AuditFilter filter = new AuditFilter(null, null, false, null, null, recordId, null, null);
		return TenantContext.callAs(null, () -> store.find(filter, 0, 100)).items();
	}

	private static MultiValueMap<String, String> params(String... namesAndValues) {
		var params = new LinkedMultiValueMap<String, String>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			params.add(namesAndValues[i], namesAndValues[i + 1]);
		}
		return params;
	}

	private static String unique() {
		return "audit-test-" + UUID.randomUUID();
	}

	/** A strict reader of RFC 4180 CSV, so the test does not trust the writer's own idea of quoting. */
	static final class Rfc4180 {

		static List<List<String>> parse(String text) {
			List<List<String>> rows = new ArrayList<>();
			List<String> row = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			int i = 0;
			boolean quoted = false;
			while (i < text.length()) {
				char c = text.charAt(i);
				if (quoted) {
					if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
						field.append('"');
						i += 2;
						continue;
					}
					if (c == '"') {
						quoted = false;
					}
					else {
						field.append(c);
					}
					i++;
					continue;
				}
				if (c == '"' && field.isEmpty()) {
					quoted = true;
				}
				else if (c == ',') {
					row.add(field.toString());
					field.setLength(0);
				}
				else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					row.add(field.toString());
					field.setLength(0);
					rows.add(row);
					row = new ArrayList<>();
					i++;
				}
				else if (c == '"' || c == '\n' || c == '\r') {
					throw new IllegalArgumentException("Not RFC 4180: stray " + (int) c + " at " + i);
				}
				else {
					field.append(c);
				}
				i++;
			}
			if (quoted || !field.isEmpty() || !row.isEmpty()) {
				throw new IllegalArgumentException("Not RFC 4180: the last record does not end with CRLF");
			}
			return rows;
		}
	}
}
