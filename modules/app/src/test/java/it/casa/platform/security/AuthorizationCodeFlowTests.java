package it.casa.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.jayway.jsonpath.JsonPath;

import it.casa.CasaTestUsers;

/**
 * The browser's login, end to end over real HTTP: the app sends the browser to the embedded provider
 * (authorization code with PKCE), the user signs in, the app exchanges the code server-side and keeps only a
 * session cookie; the API then answers for that user, and logout ends the session; a partner's session (and token) are
 * refused as soon as their organisation is suspended.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class AuthorizationCodeFlowTests {

	static final int PORT = freePort();

	static final String BASE = "http://localhost:" + PORT;

	@DynamicPropertySource
	static void publicAddress(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
		registry.add("casa.security.public-url", () -> BASE);
	}

	@Autowired
	JwtEncoder encoder;

	CookieManager cookies;

	HttpClient browser;

	@BeforeEach
	void newBrowser() {
		cookies = new CookieManager();
		browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	@Test
	void userLogsInThroughTheBackendAndTheApiKnowsThem() throws Exception {
		HttpResponse<String> afterLogin = logIn("operatore.melegnano", "casa-demo");
		assertThat(afterLogin.headers().firstValue("Location")).hasValue(BASE + "/");

		HttpResponse<String> me = get("/api/platform/me");
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("\"userId\":\"operatore.melegnano\"").contains("\"currentTenant\":\"melegnano\"");
		HttpCookie session = cookies.getCookieStore().get(URI.create(BASE)).stream()
			.filter(cookie -> cookie.getName().equals("SESSION") || cookie.getName().equals("JSESSIONID"))
			.findFirst()
			.orElseThrow();
		assertThat(session.isHttpOnly()).isTrue();
		assertThat(afterLogin.headers().allValues("Set-Cookie")).anySatisfy(header -> assertThat(header).contains("SameSite"));
	}

	@Test
	void browserSessionWritesInsideTheUsersMunicipality() throws Exception {
		logIn("operatore.dresano", "casa-demo");
		get("/api/platform/me");

		HttpResponse<String> filed = send(HttpRequest.newBuilder(URI.create(BASE + "/api/casework/cases"))
			.header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"household": {"members": [{"givenName": "Nives", "familyName": "Sessionetti",
					  "relationship": "REFERENCE_PERSON", "birthDate": "1979-02-03", "sex": "FEMALE", "disabled": false}]},
					 "housing": {"situation": "RENT_NOT_SUSTAINABLE"},
					 "consent": {"givenOn": "2026-11-02", "scopes": ["CASE_WORK"]}}""")));

		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		assertThat(get("/api/casework/inbox").body()).contains("dresano");
	}

	@Test
	void logoutEndsTheSessionAtTheAppAndAtTheProvider() throws Exception {
		logIn("agenzia.operatrice", "casa-demo");
		assertThat(get("/api/platform/me").statusCode()).isEqualTo(200);
		String csrf = cookie("XSRF-TOKEN");

		HttpResponse<String> logout = send(HttpRequest.newBuilder(URI.create(BASE + "/logout"))
			.header("X-XSRF-TOKEN", csrf)
			.POST(HttpRequest.BodyPublishers.noBody()));

		assertThat(logout.statusCode()).isEqualTo(302);
		String endSession = logout.headers().firstValue("Location").orElseThrow();
		assertThat(endSession).startsWith(BASE + "/connect/logout").contains("id_token_hint=");
		assertThat(get("/api/platform/me").statusCode()).isEqualTo(401);

		// The provider ends its session and sends the browser to CASA's signed-out page, which opens signed out.
		HttpResponse<String> atProvider = get(endSession);
		assertThat(atProvider.statusCode()).as(atProvider.body()).isEqualTo(302);
		assertThat(atProvider.headers().firstValue("Location")).hasValue(BASE + "/signed-out");
		HttpResponse<String> signedOut = get("/signed-out");
		assertThat(signedOut.statusCode()).isNotEqualTo(302);
		assertThat(signedOut.headers().firstValue("Location")).isEmpty();

		// Signing in again asks for the password: no session is left at the provider.
		HttpResponse<String> authorize = get(get("/oauth2/authorization/casa").headers().firstValue("Location").orElseThrow());
		assertThat(authorize.headers().firstValue("Location")).hasValue(BASE + "/login");
	}

	@Test
	void aScriptSignsInFromABrowserAlreadySignedInToCasa() throws Exception {
		// The embedded provider shares the browser's session with CASA's own login: a script's authorization request
		// from that browser (RFC 8252, loopback) is answered for the user signed in there, with their sign-in time.
		logIn("agenzia.operatrice", "casa-demo");
		String verifier = "a-verifier-long-enough-for-pkce-0123456789-abcdefghij";
		String challenge = java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(java.security.MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
		HttpResponse<String> authorized = get("/oauth2/authorize?response_type=code&client_id=casa-cli&scope=openid%20profile"
				+ "&redirect_uri=" + encode("http://127.0.0.1/callback") + "&code_challenge=" + challenge
				+ "&code_challenge_method=S256&state=s");
		String callback = authorized.headers().firstValue("Location").orElseThrow();
		Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(callback);
		assertThat(code.find()).as(callback).isTrue();

		HttpResponse<String> tokens = send(HttpRequest.newBuilder(URI.create(BASE + "/oauth2/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&client_id=casa-cli&code=" + code.group(1)
					+ "&redirect_uri=" + encode("http://127.0.0.1/callback") + "&code_verifier=" + verifier)));

		assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
		Matcher idToken = Pattern.compile("\"id_token\"\\s*:\\s*\"[^.]+\\.([^.]+)\\.").matcher(tokens.body());
		assertThat(idToken.find()).as(tokens.body()).isTrue();
		String claims = new String(java.util.Base64.getUrlDecoder().decode(idToken.group(1)), StandardCharsets.UTF_8);
		assertThat(claims).contains("\"sub\":\"agenzia.operatrice\"").contains("\"auth_time\"");
	}

	@Test
	void repeatedWrongPasswordsLockTheAccountEvenForTheRightOne() throws Exception {
		for (int attempt = 0; attempt < LoginThrottle.MAX_FAILURES; attempt++) {
			assertThat(logIn("operatore.carpiano", "wrong-" + attempt).headers().firstValue("Location").orElseThrow())
				.contains("/login?error");
			newBrowser();
		}

		HttpResponse<String> rightPassword = logIn("operatore.carpiano", "casa-demo");

		assertThat(rightPassword.headers().firstValue("Location").orElseThrow()).contains("/login?error");
		assertThat(get("/api/platform/me").statusCode()).isEqualTo(401);
	}

	@Test
	void aPartnersSessionAndTokenAreRefusedRightAfterTheirOrganisationIsSuspended() throws Exception {
		logIn("partner.vettabbia", "casa-demo");
		String partnerToken = bearer("partner.vettabbia", "PARTNER_AGENCY", CasaTestUsers.OTHER_AGENCY);
		String adminToken = bearer("agenzia.admin", "AGENCY_ADMIN", null);
		String organisation = "/api/platform/organisations/" + CasaTestUsers.OTHER_AGENCY;
		assertThat(get("/api/platform/me").body()).contains("\"id\":\"" + CasaTestUsers.OTHER_AGENCY + "\"");
		assertThat(withToken(partnerToken, "/api/platform/me").statusCode()).isEqualTo(200);
		String version = JsonPath.read(withToken(adminToken, organisation).body(), "$.version").toString();

		HttpResponse<String> suspended = send(HttpRequest.newBuilder(URI.create(BASE + organisation + "/suspension"))
			.header("Authorization", "Bearer " + adminToken)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"version\": " + version + ", \"reason\": \"Verifica\"}")));
		try {
			assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(200);
			HttpResponse<String> session = get("/api/platform/me");
			HttpResponse<String> token = withToken(partnerToken, "/api/platform/me");

			assertThat(session.statusCode()).isEqualTo(403);
			assertThat(session.body()).contains("\"code\":\"organisation.locked\"");
			assertThat(token.statusCode()).isEqualTo(403);
			assertThat(token.body()).contains("\"organisationStatus\":\"SUSPENDED\"");
		}
		finally {
			String now = JsonPath.read(withToken(adminToken, organisation).body(), "$.version").toString();
			send(HttpRequest.newBuilder(URI.create(BASE + organisation + "/reinstatement"))
				.header("Authorization", "Bearer " + adminToken)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"version\": " + now + "}")));
		}
		assertThat(get("/api/platform/me").statusCode()).isEqualTo(200);
	}

	/** An access token as the embedded provider signs them, for this server's issuer. */
	private String bearer(String subject, String role, String organisation) {
		var claims = TestTokens.claims(subject, List.of(role), null).issuer(BASE);
		if (organisation != null) {
			claims.claim("casa_org", organisation);
		}
		return TestTokens.sign(encoder, claims);
	}

	private HttpResponse<String> withToken(String token, String path) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Authorization", "Bearer " + token).GET());
	}

	/** Follows the redirects a browser would, filling in the provider's login form on the way. */
	private HttpResponse<String> logIn(String username, String password) throws Exception {
		HttpResponse<String> response = get("/oauth2/authorization/casa");
		String location = response.headers().firstValue("Location").orElseThrow();
		response = get(location);
		assertThat(response.headers().firstValue("Location")).hasValue(BASE + "/login");
		HttpResponse<String> form = get("/login");
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
		assertThat(csrf.find()).isTrue();
		response = send(HttpRequest.newBuilder(URI.create(BASE + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password=" + encode(password)
					+ "&_csrf=" + encode(csrf.group(1)))));
		// on success: back to the authorization endpoint, then to the app's callback with a code, then home
		while (response.statusCode() == 302) {
			location = response.headers().firstValue("Location").orElseThrow();
			if (location.contains("/login?error") || location.equals(BASE + "/")) {
				return response;
			}
			response = get(location);
		}
		return response;
	}

	private HttpResponse<String> get(String pathOrUrl) throws Exception {
		String url = pathOrUrl.startsWith("http") ? pathOrUrl : BASE + pathOrUrl;
		return send(HttpRequest.newBuilder(URI.create(url)).GET());
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String cookie(String name) {
		return cookies.getCookieStore().get(URI.create(BASE)).stream()
			.filter(cookie -> cookie.getName().equals(name))
			.findFirst()
			.orElseThrow()
			.getValue();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
