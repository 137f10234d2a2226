package it.casa.platform.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import it.casa.platform.OrganisationKind;
import it.casa.platform.Role;

class EmbeddedIdentityProviderTests {

	static final SecurityProperties.DemoOrganisation AGENCY = new SecurityProperties.DemoOrganisation(
			"immobiliare-prova", "Immobiliare Prova", OrganisationKind.REAL_ESTATE_AGENCY);

	static final SecurityProperties DEMO = demo(new SecurityProperties.DemoAccount("agenzia.admin", "Elena Prova",
			List.of(Role.AGENCY_ADMIN), null, null),
			new SecurityProperties.DemoAccount("partner.prova", "Piero Prova", List.of(Role.PARTNER_AGENCY), null,
					AGENCY.id()));

	@Test
	void refusesToRunInTheProductionProfile() {
		MockEnvironment production = new MockEnvironment();
		production.setActiveProfiles("prod");

		assertThatThrownBy(() -> new EmbeddedIdentityProvider(DEMO, production)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("must not run in production")
			.hasMessageContaining("issuer-uri");
	}

	@Test
	void runsOutsideProduction() {
		assertThatCode(() -> new EmbeddedIdentityProvider(DEMO, new MockEnvironment())).doesNotThrowAnyException();
	}

	@Test
	void refusesADemoAccountOfAnOrganisationItDoesNotDeclare() {
		SecurityProperties typo = demo(new SecurityProperties.DemoAccount("partner.prova", "Piero Prova",
				List.of(Role.PARTNER_AGENCY), null, "immobiliare-porva"));

		assertThatThrownBy(() -> new EmbeddedIdentityProvider(typo, new MockEnvironment()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("immobiliare-porva");
	}

	@Test
	void refusesADemoAccountWhoseRoleItsOrganisationsKindDoesNotGive() {
		SecurityProperties wrongRole = demo(new SecurityProperties.DemoAccount("partner.prova", "Piero Prova",
				List.of(Role.COHOUSING_OPERATOR), null, AGENCY.id()));

		assertThatThrownBy(() -> new EmbeddedIdentityProvider(wrongRole, new MockEnvironment()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("PARTNER_AGENCY");
	}

	@Test
	void refusesADemoAccountWithAPartnerRoleButNoOrganisation() {
		SecurityProperties noOrganisation = demo(new SecurityProperties.DemoAccount("equipe.prova", "Eva Prova",
				List.of(Role.AUTONOMY_TEAM_OPERATOR), null, null));

		assertThatThrownBy(() -> new EmbeddedIdentityProvider(noOrganisation, new MockEnvironment()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("no organisation");
	}

	private static SecurityProperties demo(SecurityProperties.DemoAccount... accounts) {
		return new SecurityProperties(null, null, null, null,
				new SecurityProperties.EmbeddedIdp("casa-demo", List.of(accounts), List.of(AGENCY)));
	}
}
