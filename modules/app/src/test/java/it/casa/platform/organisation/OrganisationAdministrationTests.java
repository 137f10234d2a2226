package it.casa.platform.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import it.casa.CasaTestUsers;
import it.casa.platform.tenancy.RequestTenantResolver;

/**
 * Agency administrators register, list, suspend, reinstate and renew partner organisations through the API; every
 * change leaves an audit event; nobody else may. Each test works on organisations of its own (unique ids).
 */
@SpringBootTest
@AutoConfigureMockMvc
class OrganisationAdministrationTests {

	static final String PATH = "/api/platform/organisations";

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Rome"));

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void administratorRegistersAnOrganisationWhoseStatusFollowsItsDates() throws Exception {
		String id = unique("immobiliare");

		add(id, "Immobiliare Navigli Prova", "REAL_ESTATE_AGENCY", TODAY.minusMonths(1), TODAY.plusYears(1))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", PATH + "/" + id))
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.kind").value("REAL_ESTATE_AGENCY"))
			.andExpect(jsonPath("$.role").value("PARTNER_AGENCY"))
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.version").value(0));
		String future = unique("fondazione");
		add(future, "Fondazione Futura Prova", "MICROCREDIT_FOUNDATION", TODAY.plusDays(10), TODAY.plusYears(1))
			.andExpect(jsonPath("$.status").value("NOT_YET_VALID"))
			.andExpect(jsonPath("$.role").value("MICROCREDIT_FOUNDATION"));

		mvc.perform(get(PATH + "/" + id).with(admin())).andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Immobiliare Navigli Prova"));
		assertThat(audited(id)).containsExactly("CREATE");
	}

	@Test
	void listIsPagedByNameAndFiltersByKind() throws Exception {
		String marker = "Zz Elenco " + UUID.randomUUID().toString().substring(0, 8);
		add(unique("cascina-b"), marker + " B", "COHOUSING_OPERATOR", TODAY, TODAY.plusYears(1)).andExpect(status().isCreated());
		add(unique("cascina-a"), marker + " A", "COHOUSING_OPERATOR", TODAY, TODAY.plusYears(1)).andExpect(status().isCreated());

		String page = mvc.perform(get(PATH).with(admin()).param("kind", "COHOUSING_OPERATOR").param("size", "200"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].kind", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("COHOUSING_OPERATOR"))))
			.andExpect(jsonPath("$.page.totalElements").isNumber())
			.andReturn().getResponse().getContentAsString();
		List<String> names = JsonPath.read(page, "$.content[*].name");
		assertThat(names.stream().filter(name -> name.startsWith(marker))).containsExactly(marker + " A", marker + " B");
		assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		mvc.perform(get(PATH).with(admin()).param("size", "1")).andExpect(jsonPath("$.content.length()").value(1));
		mvc.perform(get(PATH).with(admin()).param("size", "0")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
		mvc.perform(get(PATH).with(admin()).param("kind", "BANK")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
	}

	@Test
	void suspendReinstateAndRenewNameTheVersionTheySawAndAreAudited() throws Exception {
		String id = unique("cooperativa");
		add(id, "Cooperativa Prova", "AUTONOMY_TEAM_COOPERATIVE", TODAY.minusYears(1), TODAY.plusMonths(1));

		mvc.perform(post(PATH + "/" + id + "/suspension").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 0, \"reason\": \"Convenzione in verifica\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUSPENDED"))
			.andExpect(jsonPath("$.suspensionReason").value("Convenzione in verifica"))
			.andExpect(jsonPath("$.suspendedAt").isNotEmpty())
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(post(PATH + "/" + id + "/suspension").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 1, \"reason\": \"Ancora\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("organisation.suspended"));
		mvc.perform(post(PATH + "/" + id + "/reinstatement").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 0}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("version.stale"))
			.andExpect(jsonPath("$.currentVersion").value(1));
		mvc.perform(post(PATH + "/" + id + "/reinstatement").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 1}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.suspensionReason").doesNotExist());
		mvc.perform(post(PATH + "/" + id + "/reinstatement").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 2}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("organisation.notSuspended"));
		mvc.perform(post(PATH + "/" + id + "/renewal").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 2, \"validUntil\": \"" + TODAY.plusYears(3) + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.validUntil").value(TODAY.plusYears(3).toString()))
			.andExpect(jsonPath("$.version").value(3));

		assertThat(audited(id)).containsExactly("CREATE", "UPDATE", "UPDATE", "UPDATE");
	}

	@Test
	void invalidInputNamesEachFieldAndSavesNothing() throws Exception {
		mvc.perform(post(PATH).with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"id\": \"Not An Id\", \"name\": \" \", \"validFrom\": \"2026-01-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("request.invalid"))
			.andExpect(jsonPath("$.errors[*].field", hasItem("id")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("name")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("kind")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("validUntil")));
		String id = unique("scaduta");
		add(id, "Scaduta Prova", "REAL_ESTATE_AGENCY", TODAY.minusYears(2), TODAY.minusDays(1))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("validUntil"))
			.andExpect(jsonPath("$.errors[0].code").value("organisation.validUntil.past"));
		add(id, "Rovesciata Prova", "REAL_ESTATE_AGENCY", TODAY.plusYears(2), TODAY.plusYears(1))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("organisation.validUntil.beforeValidFrom"));
		add(id, "Tipo Prova", "BANK", TODAY, TODAY.plusYears(1)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		mvc.perform(get(PATH + "/" + id).with(admin())).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("organisation.notFound"));

		add(id, "Valida Prova", "REAL_ESTATE_AGENCY", TODAY.minusYears(1), TODAY.plusYears(1)).andExpect(status().isCreated());
		mvc.perform(post(PATH + "/" + id + "/suspension").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("version")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("reason")));
		mvc.perform(post(PATH + "/" + id + "/renewal").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 0, \"validUntil\": \"" + TODAY.minusDays(1) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("organisation.validUntil.past"));
		mvc.perform(get(PATH + "/" + id).with(admin())).andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.status").value("ACTIVE"));
	}

	@Test
	void anIdIsNeverReused() throws Exception {
		String id = unique("doppia");
		add(id, "Prima Prova", "REAL_ESTATE_AGENCY", TODAY, TODAY.plusYears(1)).andExpect(status().isCreated());

		add(id, "Seconda Prova", "COHOUSING_OPERATOR", TODAY, TODAY.plusYears(1))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("organisation.exists"));
		mvc.perform(get(PATH + "/" + id).with(admin())).andExpect(jsonPath("$.name").value("Prima Prova"));
	}

	@Test
	void anAdministratorWorkingInAMunicipalityStillWritesTheDistrictsTable() throws Exception {
		String id = unique("dal-comune");

		mvc.perform(post(PATH).with(admin()).header(RequestTenantResolver.TENANT_HEADER, "melegnano")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(id, "Dal Comune Prova", "REAL_ESTATE_AGENCY", TODAY, TODAY.plusYears(1))))
			.andExpect(status().isCreated());

		assertThat(audited(id)).containsExactly("CREATE");
	}

	@Test
	void onlyAgencyAdministratorsSeeOrChangeOrganisations() throws Exception {
		String id = unique("riservata");
		add(id, "Riservata Prova", "REAL_ESTATE_AGENCY", TODAY, TODAY.plusYears(1));
		List<RequestPostProcessor> others = List.of(CasaTestUsers.agencyOperator(),
				CasaTestUsers.municipalOperator("melegnano"), CasaTestUsers.partnerAgency(),
				CasaTestUsers.microcreditFoundation(), CasaTestUsers.cohousingOperator(),
				CasaTestUsers.autonomyTeamOperator(), CasaTestUsers.noRole());

		for (RequestPostProcessor user : others) {
			mvc.perform(get(PATH).with(user)).andExpect(status().isForbidden());
			mvc.perform(get(PATH + "/" + CasaTestUsers.AGENCY).with(user)).andExpect(status().isForbidden());
			mvc.perform(post(PATH + "/" + id + "/suspension").with(user).contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 0, \"reason\": \"Tentativo\"}")).andExpect(status().isForbidden());
		}
		mvc.perform(get(PATH + "/" + id).with(admin())).andExpect(jsonPath("$.status").value("ACTIVE"));
	}

	private ResultActions add(String id, String name, String kind, LocalDate from, LocalDate until) throws Exception {
		return mvc.perform(post(PATH).with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content(body(id, name, kind, from, until)));
	}

	private static String body(String id, String name, String kind, LocalDate from, LocalDate until) {
		return "{\"id\": \"%s\", \"name\": \"%s\", \"kind\": \"%s\", \"validFrom\": \"%s\", \"validUntil\": \"%s\"}"
			.formatted(id, name, kind, from, until);
	}

	private List<String> audited(String id) {
		return jdbc.queryForList("SELECT action FROM district.audit_event WHERE record_type = 'organisation' "
				+ "AND record_id = ? ORDER BY id", String.class, id);
	}

	private static RequestPostProcessor admin() {
		return CasaTestUsers.agencyAdmin();
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}
}
