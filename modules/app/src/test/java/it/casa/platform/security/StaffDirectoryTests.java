package it.casa.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import it.casa.CasaTestUsers;
import it.casa.platform.Role;
import it.casa.platform.tenancy.RequestTenantResolver;

/**
 * Colleagues are named from a list: whoever has opened CASA (and the demo accounts) is in it, and each case worker
 * sees the agency, the teams and the operators of the municipality they work in, never another municipality's.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaffDirectoryTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aNewOperatorIsListedToTheirMunicipalityOnceTheyHaveOpenedCasa() throws Exception {
		String username = "operatore.prova-" + UUID.randomUUID();
		RequestPostProcessor newcomer = CasaTestUsers.user(username, "dresano", Role.MUNICIPAL_OPERATOR);
		assertThat(staffIds(CasaTestUsers.municipalOperator("dresano"), null)).doesNotContain(username);

		mvc.perform(get("/api/platform/me").with(newcomer)).andExpect(status().isOk());

		assertThat(staffIds(CasaTestUsers.municipalOperator("dresano"), null)).contains(username);
		assertThat(staffIds(CasaTestUsers.agencyOperator(), "dresano")).contains(username);
		assertThat(staffIds(CasaTestUsers.municipalOperator("melegnano"), null)).doesNotContain(username);
		assertThat(staffIds(CasaTestUsers.agencyOperator(), null)).as("the district view lists no municipality's operators")
			.doesNotContain(username);
	}

	@Test
	void theAgencyAndTheTeamsAreEveryMunicipalitysColleagues() throws Exception {
		List<String> melegnano = staffIds(CasaTestUsers.municipalOperator("melegnano"), null);

		// demo accounts that may never have signed in are there from the start
		assertThat(melegnano).contains("agenzia.operatore", "equipe.cooperativa", "operatore.melegnano")
			.doesNotContain("operatore.san-donato", "agenzia.admin", "partner.immobiliare");
	}

	@Test
	void onlyCaseWorkersListTheirColleagues() throws Exception {
		mvc.perform(get("/api/platform/staff").with(CasaTestUsers.partnerAgency()))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/platform/staff").with(CasaTestUsers.agencyAdmin())).andExpect(status().isForbidden());
		mvc.perform(get("/api/platform/staff")).andExpect(status().isUnauthorized());
	}

	private List<String> staffIds(RequestPostProcessor user, String municipality) throws Exception {
		var request = get("/api/platform/staff").with(user);
		if (municipality != null) {
			request.header(RequestTenantResolver.TENANT_HEADER, municipality);
		}
		return JsonPath.read(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(),
				"$[*].userId");
	}
}
