package it.casa.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import it.casa.platform.Sex;

/** Case work's wrapper; the algorithm itself is tested with the platform's {@code ItalianFiscalCode}. */
class FiscalCodeTests {

	@Test
	void rejectsCodeWithSwappedCharactersThroughTheCheckCharacter() {
		assertThatThrownBy(() -> FiscalCode.of("SRSMRA85T10A562S")).isInstanceOfSatisfying(InvalidCaseDataException.class,
				e -> assertThat(e.code()).isEqualTo("fiscalCode.checksum"));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "\t\n" })
	void rejectsBlank(String text) {
		assertThatThrownBy(() -> new FiscalCode(text)).isInstanceOfSatisfying(InvalidCaseDataException.class,
				e -> assertThat(e.code()).isEqualTo("fiscalCode.blank"));
	}

	@Test
	void codesEqualAfterNormalisation() {
		assertThat(FiscalCode.of("  rss mra 85t10\ta562s ").value()).isEqualTo("RSSMRA85T10A562S");
		assertThat(FiscalCode.of("rssmra85t10a562s")).isEqualTo(new FiscalCode("RSSMRA85T10A562S"));
		assertThat(FiscalCode.of("rssmra85t10a562s")).hasToString("RSSMRA85T10A562S");
	}

	@Test
	void tellsSexAndBirthDateInCaseWorksTerms() {
		FiscalCode woman = FiscalCode.of("BNCLRA80A41F205G");
		FiscalCode man = FiscalCode.of("RSSMRAURTMLARSNL");

		assertThat(woman.sex()).contains(Sex.FEMALE);
		assertThat(woman.isConsistentWithSex(Sex.FEMALE)).isTrue();
		assertThat(woman.isConsistentWithSex(Sex.MALE)).isFalse();
		assertThat(woman.isConsistentWithBirthDate(LocalDate.of(1980, 1, 1))).isTrue();
		assertThat(man.sex()).contains(Sex.MALE);
		assertThat(man.isOmocode()).isTrue();
		assertThat(man.birthDate(LocalDate.of(2026, 1, 1))).contains(LocalDate.of(1985, 12, 10));
		assertThat(man.birthPlaceCode()).contains("A562");
	}

	@Test
	void provisionalCodeAgreesWithAnySex() {
		FiscalCode code = FiscalCode.of("80000000002");

		assertThat(code.isProvisional()).isTrue();
		assertThat(code.sex()).isEmpty();
		assertThat(code.isConsistentWithSex(Sex.MALE)).isTrue();
	}
}
