package it.casa.platform.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** Who gets into the API, and how it says no: tokens, browser sessions, CSRF, problem+json, headers. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiAuthenticationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JwtEncoder encoder;

	@Test
	void tokenIssuedByTheProviderReachesTheApiAsTheSameUser() throws Exception {
		String token = TestTokens.sign(encoder, TestTokens.claims("operatore.dresano", List.of("MUNICIPAL_OPERATOR"), "dresano"));

		mvc.perform(get("/api/platform/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.userId").value("operatore.dresano"))
			.andExpect(jsonPath("$.roles[0]").value("MUNICIPAL_OPERATOR"))
			.andExpect(jsonPath("$.currentTenant").value("dresano"));
	}

	@Test
	void requestWithoutCredentialsIsAProblem401() throws Exception {
		mvc.perform(get("/api/platform/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void expiredTokenIsRefused() throws Exception {
		String token = TestTokens.sign(encoder, TestTokens.claims("agenzia.operatrice", List.of("AGENCY_OPERATOR"), null)
			.issuedAt(Instant.now().minusSeconds(7200))
			.expiresAt(Instant.now().minusSeconds(3600)));

		mvc.perform(get("/api/platform/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void tokenSignedWithAnotherKeyIsRefused() throws Exception {
		String token = TestTokens.signWithAStrangersKey(TestTokens.claims("agenzia.admin", List.of("AGENCY_ADMIN"), null));

		mvc.perform(get("/api/platform/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void tokenForAnotherAudienceIsRefused() throws Exception {
		String token = TestTokens.sign(encoder, TestTokens.claims("agenzia.admin", List.of("AGENCY_ADMIN"), null)
			.audience(List.of("some-other-api")));

		mvc.perform(get("/api/platform/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void tokenFromAnotherIssuerIsRefused() throws Exception {
		String token = TestTokens.sign(encoder, TestTokens.claims("agenzia.admin", List.of("AGENCY_ADMIN"), null)
			.issuer("https://idp.example.org"));

		mvc.perform(get("/api/platform/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void browserSessionWriteWithoutCsrfTokenIsRefused() throws Exception {
		var admin = oidcLogin().idToken(token -> token.subject("agenzia.admin").claim("casa_roles", List.of("AGENCY_ADMIN")))
			.authorities(new SimpleGrantedAuthority("ROLE_AGENCY_ADMIN"));
		String body = "{\"id\":\"csrf-prova\",\"name\":\"Csrf Prova\",\"modules\":[]}";

		mvc.perform(post("/api/platform/tenants").with(admin).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/platform/tenants").with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated());
	}

	@Test
	void writeAfterTheSessionEndedSaysSoRatherThanForbidden() throws Exception {
		// No session and no CSRF token (it went with the session, or with a sign-out in another tab): the user must
		// read that the session ended, not that the role forbids it.
		mvc.perform(post("/api/casework/cases").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("access.unauthenticated"));
	}

	@Test
	void refusalsCarryTheCodeTheWebUiWordsThemBy() throws Exception {
		var partner = oidcLogin().idToken(token -> token.subject("partner.immobiliare")
			.claim("casa_roles", List.of("PARTNER_AGENCY"))
			.claim("casa_org", "immobiliare-lambro-casa")).authorities(new SimpleGrantedAuthority("ROLE_PARTNER_AGENCY"));

		mvc.perform(get("/api/platform/me")).andExpect(jsonPath("$.code").value("access.unauthenticated"));
		mvc.perform(post("/api/platform/tenants").with(partner).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("access.denied"));
	}

	@Test
	void bearerTokenWriteNeedsNoCsrfToken() throws Exception {
		String token = TestTokens.sign(encoder, TestTokens.claims("agenzia.admin", List.of("AGENCY_ADMIN"), null));

		mvc.perform(post("/api/platform/tenants").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"id\":\"bearer-prova\",\"name\":\"Bearer Prova\",\"modules\":[]}")).andExpect(status().isCreated());
	}

	@Test
	void pageRequestWithoutSessionIsSentToLogin() throws Exception {
		mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/oauth2/authorization/casa"));
	}

	@Test
	void responsesCarrySecurityHeaders() throws Exception {
		mvc.perform(get("/api/platform/me"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'none'")));
	}
}
