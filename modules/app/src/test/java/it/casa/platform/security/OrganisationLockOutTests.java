package it.casa.platform.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import it.casa.CasaTestUsers;

/**
 * A partner organisation's people use the API only while it is active: the status is read at every request, so a
 * suspension or the end of the validity dates locks them out at once, with tokens still valid and sessions still open.
 * The tokens here are signed by the embedded provider's own key, as the ones it issues. A browser session's lock-out
 * over real HTTP is in {@link AuthorizationCodeFlowTests}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OrganisationLockOutTests {

	static final String ORGANISATIONS = "/api/platform/organisations";

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Rome"));

	@Autowired
	MockMvc mvc;

	@Autowired
	JwtEncoder encoder;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aSuspendedOrganisationsTokensAreRefusedFromTheNextRequestAndWorkAgainWhenReinstated() throws Exception {
		String organisation = register("REAL_ESTATE_AGENCY", TODAY.minusYears(1), TODAY.plusYears(1));
		String token = token("agente." + organisation, "PARTNER_AGENCY", organisation);
		me(token).andExpect(status().isOk())
			.andExpect(jsonPath("$.organisation.id").value(organisation))
			.andExpect(jsonPath("$.organisation.kind").value("REAL_ESTATE_AGENCY"));

		admin(post(ORGANISATIONS + "/" + organisation + "/suspension"), "{\"version\": 0, \"reason\": \"Verifica\"}")
			.andExpect(status().isOk());

		me(token).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("organisation.locked"))
			.andExpect(jsonPath("$.organisationStatus").value("SUSPENDED"));
		// Refused before any module's own rules: every path answers the same.
		mvc.perform(get("/api/casework/inbox").header("Authorization", "Bearer " + token))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("organisation.locked"));

		admin(post(ORGANISATIONS + "/" + organisation + "/reinstatement"), "{\"version\": 1}").andExpect(status().isOk());
		me(token).andExpect(status().isOk());
	}

	@Test
	void aBrowserSessionOfASuspendedOrganisationIsRefusedToo() throws Exception {
		String organisation = register("COHOUSING_OPERATOR", TODAY.minusYears(1), TODAY.plusYears(1));
		RequestPostProcessor session = oidcLogin().idToken(token -> token.subject("cascina." + organisation)
			.claim("casa_roles", List.of("COHOUSING_OPERATOR"))
			.claim("casa_org", organisation)).authorities(new SimpleGrantedAuthority("ROLE_COHOUSING_OPERATOR"));
		mvc.perform(get("/api/platform/me").with(session)).andExpect(status().isOk());

		admin(post(ORGANISATIONS + "/" + organisation + "/suspension"), "{\"version\": 0, \"reason\": \"Verifica\"}");

		mvc.perform(get("/api/platform/me").with(session)).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("organisation.locked"));
		mvc.perform(post("/api/casework/cases").with(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("organisation.locked"));
	}

	@Test
	void theDayAfterTheLastDayOfValidityLocksOutUntilRenewed() throws Exception {
		String organisation = register("MICROCREDIT_FOUNDATION", TODAY.minusYears(1), TODAY.plusYears(1));
		String token = token("fondazione." + organisation, "MICROCREDIT_FOUNDATION", organisation);
		me(token).andExpect(status().isOk());
		// As if a year had passed: the agreement ended yesterday.
		jdbc.update("UPDATE district.organisation SET valid_until = ? WHERE id = ?", TODAY.minusDays(1), organisation);

		me(token).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("organisation.locked"))
			.andExpect(jsonPath("$.organisationStatus").value("EXPIRED"));

		admin(post(ORGANISATIONS + "/" + organisation + "/renewal"),
				"{\"version\": 0, \"validUntil\": \"" + TODAY.plusYears(1) + "\"}").andExpect(status().isOk());
		me(token).andExpect(status().isOk());
	}

	@Test
	void anAgreementRegisteredAheadLetsNobodyInBeforeItStarts() throws Exception {
		String organisation = register("AUTONOMY_TEAM_COOPERATIVE", TODAY.plusDays(7), TODAY.plusYears(1));

		me(token("equipe." + organisation, "AUTONOMY_TEAM_OPERATOR", organisation)).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.organisationStatus").value("NOT_YET_VALID"));
	}

	@Test
	void aTokenMustNameARegisteredOrganisationWhoseKindGivesItsRole() throws Exception {
		me(token("agente.ignoto", "PARTNER_AGENCY", "agenzia-mai-registrata")).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("organisation.unknown"));
		// The display name casa_org carried before it carried ids.
		me(token("agente.vecchio", "PARTNER_AGENCY", "Immobiliare Lambro Casa"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("organisation.unknown"));
		me(token("agente.senza", "PARTNER_AGENCY", null)).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("organisation.unknown"));
		me(token("agente.fondazione", "PARTNER_AGENCY", CasaTestUsers.FOUNDATION)).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("organisation.roleNotGiven"));
		// An organisation's people never hold the agency's roles.
		me(token("amministratore.fondazione", "AGENCY_ADMIN", CasaTestUsers.FOUNDATION))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("organisation.roleNotGiven"));
	}

	@Test
	void eachDemoPartnerSeesItsOwnOrganisationAndItsKind() throws Exception {
		expectOrganisation(CasaTestUsers.partnerAgency(), CasaTestUsers.AGENCY, "REAL_ESTATE_AGENCY");
		expectOrganisation(CasaTestUsers.otherPartnerAgency(), CasaTestUsers.OTHER_AGENCY, "REAL_ESTATE_AGENCY");
		expectOrganisation(CasaTestUsers.microcreditFoundation(), CasaTestUsers.FOUNDATION, "MICROCREDIT_FOUNDATION");
		expectOrganisation(CasaTestUsers.autonomyTeamOperator(), CasaTestUsers.COOPERATIVE, "AUTONOMY_TEAM_COOPERATIVE");
		expectOrganisation(CasaTestUsers.cohousingOperator(), CasaTestUsers.COHOUSING, "COHOUSING_OPERATOR");
		mvc.perform(get("/api/platform/me").with(CasaTestUsers.agencyOperator()))
			.andExpect(jsonPath("$.organisation").doesNotExist());
	}

	private void expectOrganisation(RequestPostProcessor user, String id, String kind) throws Exception {
		mvc.perform(get("/api/platform/me").with(user))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.organisation.id").value(id))
			.andExpect(jsonPath("$.organisation.kind").value(kind))
			.andExpect(jsonPath("$.organisation.name").isNotEmpty());
	}

	private String register(String kind, LocalDate from, LocalDate until) throws Exception {
		String id = "prova-" + UUID.randomUUID().toString().substring(0, 8);
		admin(post(ORGANISATIONS), """
				{"id": "%s", "name": "Organizzazione di prova %s", "kind": "%s", "validFrom": "%s", "validUntil": "%s"}"""
			.formatted(id, id, kind, from, until)).andExpect(status().isCreated());
		return id;
	}

	private ResultActions admin(MockHttpServletRequestBuilder request, String body) throws Exception {
		return mvc.perform(request.with(CasaTestUsers.agencyAdmin()).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private ResultActions me(String token) throws Exception {
		return mvc.perform(get("/api/platform/me").header("Authorization", "Bearer " + token));
	}

	private String token(String subject, String role, String organisation) {
		var claims = TestTokens.claims(subject, List.of(role), null);
		if (organisation != null) {
			claims.claim("casa_org", organisation);
		}
		return TestTokens.sign(encoder, claims);
	}
}
