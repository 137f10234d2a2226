package it.casa;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.Arrays;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import it.casa.platform.Role;

/**
 * Authenticated requests for MockMvc tests, shaped like the tokens the identity provider issues
 * ({@code casa_roles}, {@code casa_tenant}, {@code casa_org}, {@code name}), so they go through the same principal mapping.
 */
public final class CasaTestUsers {

	/** The embedded provider's demo organisations (application.yaml), registered at start. */
	public static final String AGENCY = "immobiliare-lambro-casa";

	public static final String OTHER_AGENCY = "vettabbia-immobiliare";

	public static final String FOUNDATION = "fondazione-credito-solidale-lambro";

	public static final String COOPERATIVE = "cooperativa-sociale-esempio";

	public static final String COHOUSING = "cascina-le-gelsomine";

	private CasaTestUsers() {
	}

	public static RequestPostProcessor municipalOperator(String tenant) {
		return user("operatore." + tenant, tenant, Role.MUNICIPAL_OPERATOR);
	}

	public static RequestPostProcessor agencyOperator() {
		return user("agenzia.operatrice", null, Role.AGENCY_OPERATOR);
	}

	public static RequestPostProcessor agencyAdmin() {
		return user("agenzia.admin", null, Role.AGENCY_ADMIN);
	}

	/** The demo's autonomy-team cooperative (casa_org {@value #COOPERATIVE}). */
	public static RequestPostProcessor autonomyTeamOperator() {
		return partner("equipe.cooperativa", COOPERATIVE, Role.AUTONOMY_TEAM_OPERATOR);
	}

	/** The demo's first real-estate agency (casa_org {@value #AGENCY}). */
	public static RequestPostProcessor partnerAgency() {
		return partner("partner.immobiliare", AGENCY, Role.PARTNER_AGENCY);
	}

	/** The demo's second real-estate agency (casa_org {@value #OTHER_AGENCY}). */
	public static RequestPostProcessor otherPartnerAgency() {
		return partner("partner.vettabbia", OTHER_AGENCY, Role.PARTNER_AGENCY);
	}

	/** The demo's microcredit foundation (casa_org {@value #FOUNDATION}). */
	public static RequestPostProcessor microcreditFoundation() {
		return partner("fondazione.microcredito", FOUNDATION, Role.MICROCREDIT_FOUNDATION);
	}

	/** The demo's co-housing operator (casa_org {@value #COHOUSING}). */
	public static RequestPostProcessor cohousingOperator() {
		return partner("cohousing.cascina", COHOUSING, Role.COHOUSING_OPERATOR);
	}

	/** A person of the partner organisation {@code organisation}, as the provider's token names them. */
	public static RequestPostProcessor partner(String username, String organisation, Role... roles) {
		return token(username, null, organisation, roles);
	}

	public static RequestPostProcessor noRole() {
		return user("senza.ruolo", null);
	}

	public static RequestPostProcessor user(String username, String tenant, Role... roles) {
		return token(username, tenant, null, roles);
	}

	private static RequestPostProcessor token(String username, String tenant, String organisation, Role... roles) {
		List<String> roleNames = Arrays.stream(roles).map(Role::name).toList();
		return jwt().jwt(token -> {
			token.subject(username).claim("casa_roles", roleNames).claim("name", "Test " + username);
			if (tenant != null) {
				token.claim("casa_tenant", tenant);
			}
			if (organisation != null) {
				token.claim("casa_org", organisation);
			}
		}).authorities(Arrays.stream(roles).<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority())).toList());
	}
}
