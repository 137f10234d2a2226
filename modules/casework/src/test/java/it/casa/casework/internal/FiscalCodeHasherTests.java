package it.casa.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import it.casa.casework.FiscalCode;

class FiscalCodeHasherTests {

	private static final FiscalCode CODE = FiscalCode.of("RSSMRA85T10A562S");

	@Test
	void theProdProfileRefusesToStartWithoutAKeyOrWithAShortOne() {
		for (String key : new String[] { null, "", "too-short-to-be-a-secret" }) {
			assertThatThrownBy(() -> new FiscalCodeHasher(properties(key), production()))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("CASA_CASEWORK_DUPLICATE_DETECTION_KEY");
		}
	}

	@Test
	void theProdProfileRefusesTheDevelopmentKeyThatIsInTheCode() {
		assertThatThrownBy(() -> new FiscalCodeHasher(properties("casa-development-only-duplicate-detection-key"),
				production()))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void equalCodesMatchUnderOneKeyAndDifferUnderAnother() {
		String key = "k".repeat(FiscalCodeHasher.MINIMUM_PRODUCTION_KEY_LENGTH);
		FiscalCodeHasher production = new FiscalCodeHasher(properties(key), production());
		FiscalCodeHasher development = new FiscalCodeHasher(properties(null), new MockEnvironment());

		assertThat(production.hash(CODE)).isEqualTo(production.hash(CODE)).hasSize(64);
		assertThat(production.hash(CODE)).isNotEqualTo(development.hash(CODE));
	}

	private static CaseworkProperties properties(String key) {
		return new CaseworkProperties(key,
				new CaseworkProperties.ConsentSettings(Period.ofMonths(12), Period.ofDays(30)));
	}

	private static MockEnvironment production() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("prod");
		return environment;
	}
}
