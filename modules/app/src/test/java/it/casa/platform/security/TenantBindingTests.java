package it.casa.platform.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import it.casa.CasaTestUsers;
import it.casa.platform.tenancy.RequestTenantResolver;

/** The municipality of a request comes from the user; a header can narrow it for agency staff, never widen it. */
@SpringBootTest
@AutoConfigureMockMvc
class TenantBindingTests {

	static final String TENANT = RequestTenantResolver.TENANT_HEADER;

	@Autowired
	MockMvc mvc;

	@Test
	void municipalOperatorActsInTheirOwnMunicipality() throws Exception {
		mvc.perform(get("/api/platform/me").with(CasaTestUsers.municipalOperator("melegnano")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.currentTenant").value("melegnano"))
			.andExpect(jsonPath("$.canChooseTenant").value(false))
			.andExpect(jsonPath("$.tenants.length()").value(1));
	}

	@Test
	void municipalOperatorNamingAnotherMunicipalityFindsNothing() throws Exception {
		mvc.perform(get("/api/platform/me").with(CasaTestUsers.municipalOperator("melegnano")).header(TENANT, "san-donato-milanese"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void agencyOperatorChoosesAMunicipalityOrTheDistrictView() throws Exception {
		mvc.perform(get("/api/platform/me").with(CasaTestUsers.agencyOperator()).header(TENANT, "dresano"))
			.andExpect(jsonPath("$.currentTenant").value("dresano"));
		mvc.perform(get("/api/platform/me").with(CasaTestUsers.agencyOperator()))
			.andExpect(jsonPath("$.currentTenant").value(Matchers.nullValue()))
			.andExpect(jsonPath("$.canChooseTenant").value(true))
			.andExpect(jsonPath("$.tenants.length()").value(Matchers.greaterThanOrEqualTo(9)));
	}

	@Test
	void partnerAgencyNeverActsInAMunicipalityAndSeesOnlyFreeMarket() throws Exception {
		mvc.perform(get("/api/platform/me").with(CasaTestUsers.partnerAgency()).header(TENANT, "melegnano"))
			.andExpect(status().isNotFound());
		// Free Market's offers are the district's (docs/adr/0026): a partner's people open it with no municipality.
		mvc.perform(get("/api/platform/me").with(CasaTestUsers.partnerAgency()))
			.andExpect(jsonPath("$.currentTenant").value(Matchers.nullValue()))
			.andExpect(jsonPath("$.tenants.length()").value(0))
			.andExpect(jsonPath("$.modules[*].name").value(Matchers.contains("freemarket")))
			.andExpect(jsonPath("$.modules[0].rights").value(Matchers.contains("offer")));
	}

	@Test
	void userWithoutARoleSeesNothingAndManagesNothing() throws Exception {
		mvc.perform(get("/api/platform/me").with(CasaTestUsers.noRole()))
			.andExpect(jsonPath("$.roles.length()").value(0))
			.andExpect(jsonPath("$.modules.length()").value(0))
			.andExpect(jsonPath("$.tenants.length()").value(0));
		mvc.perform(get("/api/platform/tenants").with(CasaTestUsers.noRole())).andExpect(status().isForbidden());
	}

	@Test
	void onlyAgencyAdministratorsManageMunicipalities() throws Exception {
		mvc.perform(get("/api/platform/tenants").with(CasaTestUsers.agencyOperator()))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/platform/tenants").with(CasaTestUsers.municipalOperator("dresano"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/platform/tenants").with(CasaTestUsers.agencyAdmin())).andExpect(status().isOk());
	}
}
