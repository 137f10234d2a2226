package it.casa.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ModuleChoicesTests {

	static final ModuleCatalogue TODAY = new ModuleCatalogue(Set.of("casework", "emergency", "rentfund"),
			Set.of("casework", "emergency"));

	@Test
	void aTenantWithNoExceptionsUsesTheModulesThatAreOnByDefault() {
		assertThat(ModuleChoices.DEFAULTS.applyTo(TODAY)).containsExactlyInAnyOrder("casework", "emergency");
	}

	@Test
	void exceptionsSwitchModulesOnAndOff() {
		assertThat(new ModuleChoices(Set.of("rentfund"), Set.of("emergency")).applyTo(TODAY))
			.containsExactlyInAnyOrder("casework", "rentfund");
	}

	@Test
	void aNewModuleOnByDefaultReachesATenantWithExceptionsToo() {
		ModuleCatalogue later = new ModuleCatalogue(Set.of("casework", "emergency", "rentfund", "hub"),
				Set.of("casework", "emergency", "hub"));

		assertThat(new ModuleChoices(Set.of(), Set.of("emergency")).applyTo(later))
			.containsExactlyInAnyOrder("casework", "hub");
	}

	@Test
	void anAdministratorsChoiceSurvivesALaterChangeOfTheDefaults() {
		ModuleChoices chosen = ModuleChoices.exactly(Set.of("casework"), TODAY);
		ModuleCatalogue later = new ModuleCatalogue(Set.of("casework", "emergency", "rentfund", "hub"),
				Set.of("casework", "emergency", "rentfund", "hub"));

		// emergency and rentfund were refused when they existed; hub did not exist yet and follows its default.
		assertThat(chosen.applyTo(later)).containsExactlyInAnyOrder("casework", "hub");
	}

	@Test
	void aModuleThatIsNoLongerDeclaredIsIgnored() {
		assertThat(new ModuleChoices(Set.of("retired"), Set.of()).applyTo(TODAY))
			.containsExactlyInAnyOrder("casework", "emergency");
	}
}
