package it.casa.platform.security;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

import it.casa.platform.OrganisationKind;
import it.casa.platform.Role;

/**
 * Identity configuration. With {@code oidc.issuer-uri} set, users log in at that provider (e.g. Keycloak);
 * otherwise an embedded authorization server with the configured demo accounts runs inside the application.
 *
 * @param publicUrl the address browsers use to reach CASA; the embedded provider's issuer
 * @param audience the audience every access token for the API must carry
 */
@ConfigurationProperties("casa.security")
record SecurityProperties(@Nullable String publicUrl, @Nullable String audience, @Nullable Oidc oidc,
		@Nullable Claims claims, @Nullable EmbeddedIdp embeddedIdp) {

	SecurityProperties {
		publicUrl = publicUrl != null ? publicUrl.replaceAll("/+$", "") : "http://localhost:8080";
		audience = audience != null ? audience : "casa-api";
		oidc = oidc != null ? oidc : new Oidc(null, null, null);
		claims = claims != null ? claims : new Claims(null, null, null, null);
		embeddedIdp = embeddedIdp != null ? embeddedIdp : new EmbeddedIdp(null, List.of(), List.of());
	}

	boolean externalProvider() {
		return oidc.issuerUri() != null && !oidc.issuerUri().isBlank();
	}

	/** An external OpenID Connect provider and this application's client registration there. */
	record Oidc(@Nullable String issuerUri, @Nullable String clientId, @Nullable String clientSecret) {
	}

	/** Names of the claims that carry CASA's roles, municipality, display name and organisation. */
	record Claims(@Nullable String roles, @Nullable String tenant, @Nullable String name, @Nullable String organisation) {

		Claims {
			roles = roles != null ? roles : "casa_roles";
			tenant = tenant != null ? tenant : "casa_tenant";
			name = name != null ? name : "name";
			organisation = organisation != null ? organisation : "casa_org";
		}
	}

	/**
	 * @param demoPassword the password of every demo account; the embedded provider refuses the prod profile
	 * @param organisations the invented partner organisations the demo accounts work for, registered at start-up
	 *        unless they exist (an administrator's suspension or renewal survives a restart)
	 */
	record EmbeddedIdp(@Nullable String demoPassword, List<DemoAccount> accounts,
			List<DemoOrganisation> organisations) {

		EmbeddedIdp {
			accounts = accounts != null ? List.copyOf(accounts) : List.of();
			organisations = organisations != null ? List.copyOf(organisations) : List.of();
		}
	}

	/**
	 * An invented user of the embedded provider.
	 *
	 * @param organisation the id of the partner organisation the user works for, sent in the organisation claim
	 */
	record DemoAccount(String username, String name, List<Role> roles, @Nullable String tenant,
			@Nullable String organisation) {
	}

	/** An invented partner organisation of the embedded provider's demo. */
	record DemoOrganisation(String id, String name, OrganisationKind kind) {
	}
}
