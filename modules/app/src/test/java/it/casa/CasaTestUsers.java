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
 * ({@code casa_roles}, {@code casa_tenant}, {@code name}), so they go through the same principal mapping.
 */
public final class CasaTestUsers {

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

	public static RequestPostProcessor autonomyTeamOperator() {
		return user("equipe.cooperativa", null, Role.AUTONOMY_TEAM_OPERATOR);
	}

	public static RequestPostProcessor partnerAgency() {
		return user("partner.immobiliare", null, Role.PARTNER_AGENCY);
	}

	public static RequestPostProcessor noRole() {
		return user("senza.ruolo", null);
	}

	public static RequestPostProcessor user(String username, String tenant, Role... roles) {
		List<String> roleNames = Arrays.stream(roles).map(Role::name).toList();
		return jwt().jwt(token -> {
			token.subject(username).claim("casa_roles", roleNames).claim("name", "Test " + username);
			if (tenant != null) {
				token.claim("casa_tenant", tenant);
			}
		}).authorities(Arrays.stream(roles).<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority())).toList());
	}
}
