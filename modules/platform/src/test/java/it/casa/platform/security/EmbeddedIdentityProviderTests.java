package it.casa.platform.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import it.casa.platform.Role;

class EmbeddedIdentityProviderTests {

	static final SecurityProperties DEMO = new SecurityProperties(null, null, null, null,
			new SecurityProperties.EmbeddedIdp("casa-demo", List.of(new SecurityProperties.DemoAccount("agenzia.admin",
					"Elena Prova", List.of(Role.AGENCY_ADMIN), null, null))));

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
}
