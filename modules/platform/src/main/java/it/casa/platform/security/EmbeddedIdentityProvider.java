package it.casa.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.keygen.KeyGenerators;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import it.casa.platform.OrganisationId;
import it.casa.platform.OrganisationKind;
import it.casa.platform.Role;

/**
 * The zero-set-up identity provider: Spring Authorization Server inside CASA with invented demo accounts.
 * Its clients, authorizations, sessions and signing keys are in the database, so a restart logs nobody out.
 * It refuses to run in the {@code prod} profile: production uses an external OpenID Connect provider.
 */
final class EmbeddedIdentityProvider {

	static final String WEB_CLIENT_ID = "casa-web";

	static final String WEB_CLIENT_REGISTRATION_ID = "00000000-0000-0000-0000-00000000c45a";

	static final String CLI_CLIENT_ID = "casa-cli";

	/** CASA's page after sign-out, where providers send the browser back once their own session has ended. */
	static final String SIGNED_OUT_PAGE = "/signed-out";

	static final String CLI_CLIENT_REGISTRATION_ID = "00000000-0000-0000-0000-00000000c11a";

	private final SecurityProperties properties;

	private final Map<String, SecurityProperties.DemoAccount> accounts = new HashMap<>();

	/** Random per start and never stored in clear: the client using it lives in the same process. */
	private final String webClientSecret = KeyGenerators.string().generateKey() + UUID.randomUUID();

	EmbeddedIdentityProvider(SecurityProperties properties, Environment environment) {
		if (environment.acceptsProfiles(Profiles.of("prod"))) {
			throw new IllegalStateException("The embedded identity provider and its demo accounts must not run in "
					+ "production: set casa.security.oidc.issuer-uri (CASA_SECURITY_OIDC_ISSUER_URI) to your provider");
		}
		if (properties.embeddedIdp().demoPassword() == null || properties.embeddedIdp().demoPassword().isBlank()) {
			throw new IllegalStateException("casa.security.embedded-idp.demo-password is not set");
		}
		this.properties = properties;
		Map<String, OrganisationKind> organisations = new HashMap<>();
		for (SecurityProperties.DemoOrganisation organisation : properties.embeddedIdp().organisations()) {
			if (!OrganisationId.isWellFormed(organisation.id())) {
				throw new IllegalStateException("Demo organisation id '" + organisation.id()
						+ "' is not lower-case words joined by hyphens");
			}
			organisations.put(organisation.id(), organisation.kind());
		}
		for (SecurityProperties.DemoAccount account : properties.embeddedIdp().accounts()) {
			requireOrganisationFits(account, organisations);
			accounts.put(account.username(), account);
		}
	}

	/**
	 * A demo account of a partner organisation names one of the demo organisations and has exactly the role of its
	 * kind, so that a typo in the configuration fails the start instead of locking the account out at every request.
	 */
	private static void requireOrganisationFits(SecurityProperties.DemoAccount account,
			Map<String, OrganisationKind> organisations) {
		boolean partnerRole = account.roles().stream().anyMatch(role -> OrganisationKind.givingRole(role).isPresent());
		if (account.organisation() == null) {
			if (partnerRole) {
				throw new IllegalStateException("Demo account " + account.username()
						+ " has a partner organisation's role but no organisation");
			}
			return;
		}
		OrganisationKind kind = organisations.get(account.organisation());
		if (kind == null) {
			throw new IllegalStateException("Demo account " + account.username() + " works for '"
					+ account.organisation() + "', which is not one of casa.security.embedded-idp.organisations");
		}
		if (!account.roles().equals(List.of(kind.role()))) {
			throw new IllegalStateException("Demo account " + account.username() + " of a " + kind
					+ " must have the role " + kind.role() + " and no other");
		}
	}

	String webClientSecret() {
		return webClientSecret;
	}

	AuthenticationProvider throttledPasswordLogin() {
		PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		String encodedPassword = encoder.encode(properties.embeddedIdp().demoPassword());
		List<UserDetails> users = accounts.values()
			.stream()
			.map(account -> User.withUsername(account.username())
				.password(encodedPassword)
				.roles(account.roles().stream().map(Role::name).toArray(String[]::new))
				.build())
			.toList();
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(users));
		passwords.setPasswordEncoder(encoder);
		return new LoginThrottle(passwords, Clock.systemUTC());
	}

	void registerClients(JdbcRegisteredClientRepository clients) {
		PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		TokenSettings tokens = TokenSettings.builder()
			.accessTokenTimeToLive(Duration.ofMinutes(15))
			.refreshTokenTimeToLive(Duration.ofHours(8))
			.reuseRefreshTokens(false)
			.build();
		clients.save(RegisteredClient.withId(WEB_CLIENT_REGISTRATION_ID)
			.clientId(WEB_CLIENT_ID)
			.clientName("CASA web application")
			.clientSecret(encoder.encode(webClientSecret))
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
			.redirectUri(properties.publicUrl() + "/login/oauth2/code/casa")
			.postLogoutRedirectUri(properties.publicUrl() + SIGNED_OUT_PAGE)
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
			.tokenSettings(tokens)
			.build());
		// For scripts and integrations: a public client, PKCE, loopback redirect (RFC 8252).
		clients.save(RegisteredClient.withId(CLI_CLIENT_REGISTRATION_ID)
			.clientId(CLI_CLIENT_ID)
			.clientName("CASA command-line and integrations")
			.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
			.redirectUri("http://127.0.0.1/callback")
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
			.tokenSettings(tokens)
			.build());
	}

	/** Puts CASA's claims (roles, municipality, name, organisation) into ID and access tokens. */
	void customize(JwtEncodingContext context) {
		SecurityProperties.DemoAccount account = accounts.get(context.getPrincipal().getName());
		if (account == null) {
			return;
		}
		boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
		boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
		if (!accessToken && !idToken) {
			return;
		}
		SecurityProperties.Claims names = properties.claims();
		// ArrayLists, not List.of or toList(): the token's claims are stored with the authorization and read back by
		// Jackson's allow-list, which refuses the JDK's immutable collections; with them, logout at the provider (and
		// the refresh grant) failed with a 400, as the authorization could no longer be read.
		context.getClaims().claim(names.roles(), new ArrayList<>(account.roles().stream().map(Role::name).toList()));
		context.getClaims().claim(names.name(), account.name());
		if (account.tenant() != null) {
			context.getClaims().claim(names.tenant(), account.tenant());
		}
		if (account.organisation() != null) {
			context.getClaims().claim(names.organisation(), account.organisation());
		}
		if (accessToken) {
			context.getClaims()
				.audience(new ArrayList<>(List.of(properties.audience(), context.getRegisteredClient().getClientId())));
		}
	}

	static com.nimbusds.jose.jwk.JWKSet signingKeys(JdbcTemplate jdbc) {
		return SigningKeys.loadOrCreate(jdbc);
	}
}
