package it.casa.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import it.casa.platform.ItalianFiscalCode.EncodedSex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ItalianFiscalCodeTests {

	// Independent of the production code: the check character tables as the Agenzia delle Entrate
	// publishes them, keyed by character, digits sharing the value of the letter at the same index.
	private static final Map<Character, Integer> ODD = new HashMap<>();

	private static final Map<Character, Integer> EVEN = new HashMap<>();

	static {
		int[] oddLetters = { 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23 };
		for (char letter = 'A'; letter <= 'Z'; letter++) {
			ODD.put(letter, oddLetters[letter - 'A']);
			EVEN.put(letter, letter - 'A');
		}
		for (char digit = '0'; digit <= '9'; digit++) {
			ODD.put(digit, oddLetters[digit - '0']);
			EVEN.put(digit, digit - '0');
		}
	}

	private static String withCheckCharacter(String first15) {
		int sum = 0;
		for (int position = 1; position <= 15; position++) {
			char c = first15.charAt(position - 1);
			sum += position % 2 == 1 ? ODD.get(c) : EVEN.get(c);
		}
		return first15 + (char) ('A' + sum % 26);
	}

	@ParameterizedTest
	@ValueSource(strings = { "RSSMRA85T10A562S", "MRTMTT25D09F205Z", "BNCLRA80A41F205G", "PLLMRC96M29Z404V" })
	void acceptsKnownValidCodes(String code) {
		assertThat(ItalianFiscalCode.validate(code)).isEmpty();
		assertThat(new ItalianFiscalCode(code).value()).isEqualTo(code);
	}

	@ParameterizedTest
	@ValueSource(strings = { "RSSMRA85T10A562", "BNCLRA80A41F205", "VRDGPP00B69H501", "XXXXXX99E31Z999", "AAAAAA00A01A000",
			"ZZZZZZ99T71Z999", "RSSMRA85T10A5SN", "RSSMRAURTMLARSN" })
	void acceptsCodesWhoseCheckCharacterIsComputedFromTheTables(String first15) {
		assertThat(ItalianFiscalCode.isValid(withCheckCharacter(first15))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "RSSMRA85T10A562", "BNCLRA80A41F205", "RSSMRA85T10A56N" })
	void rejectsCodeWithWrongCheckCharacter(String first15) {
		char right = withCheckCharacter(first15).charAt(15);
		for (char wrong = 'A'; wrong <= 'Z'; wrong++) {
			if (wrong != right) {
				assertThat(ItalianFiscalCode.validate(first15 + wrong)).contains(FiscalCodeError.CHECKSUM);
			}
		}
	}

	@Test
	void rejectsCodeWithSwappedCharactersThroughTheCheckCharacter() {
		assertThat(ItalianFiscalCode.validate("SRSMRA85T10A562S")).contains(FiscalCodeError.CHECKSUM);
		assertThatThrownBy(() -> new ItalianFiscalCode("SRSMRA85T10A562S")).isInstanceOf(IllegalArgumentException.class)
			.hasMessage(FiscalCodeError.CHECKSUM.message());
	}

	@Test
	void normalisesToUpperCaseWithoutSpaces() {
		assertThat(new ItalianFiscalCode("  rss mra 85t10\ta562s ").value()).isEqualTo("RSSMRA85T10A562S");
	}

	@Test
	void codesEqualAfterNormalisation() {
		assertThat(new ItalianFiscalCode("rssmra85t10a562s")).isEqualTo(new ItalianFiscalCode("RSSMRA85T10A562S"));
		assertThat(new ItalianFiscalCode("rssmra85t10a562s")).hasToString("RSSMRA85T10A562S");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "\t\n" })
	void rejectsBlank(String text) {
		assertThat(ItalianFiscalCode.validate(text)).contains(FiscalCodeError.BLANK);
		assertThatThrownBy(() -> new ItalianFiscalCode(text)).isInstanceOf(IllegalArgumentException.class)
			.hasMessage(FiscalCodeError.BLANK.message());
	}

	@ParameterizedTest
	@ValueSource(strings = { "RSSMRA85T10A562", "RSSMRA85T10A562SS", "1234567890", "123456789012", "A" })
	void rejectsWrongLength(String text) {
		assertThat(ItalianFiscalCode.validate(text)).contains(FiscalCodeError.LENGTH);
	}

	@ParameterizedTest
	@CsvSource({ "R1SMRA85T10A562S, digit in the surname", "RSSMRA85F10A562S, F is not a month letter",
			"RSSMRA8AT10A562S, A is not an omocodia letter", "RSSMRA85T10A56WS, W is not an omocodia letter",
			"RSSMRA85T101562S, place must start with a letter", "RSSMRA85T10A5621, check must be a letter",
			"RSSMRA85T10A562-, symbol", "RSSMRA85T10A562à, accented letter" })
	void rejectsCharacterNotAllowedAtItsPosition(String code, String why) {
		assertThat(ItalianFiscalCode.validate(code)).as(why).contains(FiscalCodeError.FORMAT);
	}

	@ParameterizedTest
	@CsvSource({ "RSSMRA85T00A562, day zero", "RSSMRA85T32A562, day 32 for a man", "RSSMRA85T40A562, day 40",
			"RSSMRA85T72A562, day 72 for a woman", "RSSMRA85D31A562, 31 April", "RSSMRA85B30A562, 30 February",
			"VRDGPP01B69H501, 29 February of a non-leap year (woman)", "VRDGPP01B29H501, 29 February of a non-leap year",
			"RSSMRA85TQLA562, omocodia day 40" })
	void rejectsBirthDateThatDoesNotExist(String first15, String why) {
		assertThat(ItalianFiscalCode.validate(withCheckCharacter(first15))).as(why).contains(FiscalCodeError.BIRTH_DATE);
	}

	@Test
	void acceptsTwentyNinthOfFebruaryOfALeapYear() {
		ItalianFiscalCode code = new ItalianFiscalCode(withCheckCharacter("BNCLRA08B69F205"));

		assertThat(code.birthDate(LocalDate.of(2026, 1, 1))).contains(LocalDate.of(2008, 2, 29));
		assertThat(code.sex()).contains(EncodedSex.FEMALE);
	}

	@Test
	void acceptsTwentyNinthOfFebruaryOfYearZeroBecause2000WasALeapYear() {
		ItalianFiscalCode code = new ItalianFiscalCode("VRDGPP00B69H501C");

		assertThat(code.birthDate(LocalDate.of(2026, 1, 1))).contains(LocalDate.of(2000, 2, 29));
	}

	@Test
	void hasNoBirthDateWhenOnlyTheNonLeapYear1900WouldFit() {
		ItalianFiscalCode code = new ItalianFiscalCode("VRDGPP00B69H501C");

		assertThat(code.birthDate(LocalDate.of(1999, 12, 31))).isEmpty();
	}

	@Test
	void acceptsOmocodiaVariantAtTheLastDigit() {
		ItalianFiscalCode code = new ItalianFiscalCode("RSSMRA85T10A56NH");

		assertThat(code.isOmocode()).isTrue();
		assertThat(code.birthPlaceCode()).contains("A562");
	}

	@Test
	void acceptsOmocodiaVariantWithEveryDigitReplaced() {
		ItalianFiscalCode code = new ItalianFiscalCode("RSSMRAURTMLARSNL");

		assertThat(code.isOmocode()).isTrue();
		assertThat(code.birthDate(LocalDate.of(2026, 1, 1))).contains(LocalDate.of(1985, 12, 10));
		assertThat(code.sex()).contains(EncodedSex.MALE);
		assertThat(code.birthPlaceCode()).contains("A562");
	}

	@ParameterizedTest
	@ValueSource(strings = { "RSSMRA8RT10A562", "RSSMRA85T1LA562", "RSSMRA85TM0A562", "RSSMRA85T10AR62" })
	void acceptsOmocodiaLetterAtAnyDigitPosition(String first15) {
		ItalianFiscalCode code = new ItalianFiscalCode(withCheckCharacter(first15));

		assertThat(code.isOmocode()).isTrue();
		assertThat(code.isConsistentWithBirthDate(LocalDate.of(1985, 12, 10))).isTrue();
	}

	@Test
	void omocodeIsADifferentCodeFromItsBase() {
		assertThat(new ItalianFiscalCode("RSSMRA85T10A56NH")).isNotEqualTo(new ItalianFiscalCode("RSSMRA85T10A562S"));
		assertThat(new ItalianFiscalCode("RSSMRA85T10A562S").isOmocode()).isFalse();
	}

	@Test
	void tellsMaleSexAndBirthDate() {
		ItalianFiscalCode code = new ItalianFiscalCode("RSSMRA85T10A562S");

		assertThat(code.sex()).contains(EncodedSex.MALE);
		assertThat(code.birthDate(LocalDate.of(2026, 1, 1))).contains(LocalDate.of(1985, 12, 10));
		assertThat(code.birthPlaceCode()).contains("A562");
	}

	@Test
	void tellsFemaleSexFromDayPlusForty() {
		ItalianFiscalCode code = new ItalianFiscalCode("BNCLRA80A41F205G");

		assertThat(code.sex()).contains(EncodedSex.FEMALE);
		assertThat(code.birthDate(LocalDate.of(2026, 1, 1))).contains(LocalDate.of(1980, 1, 1));
	}

	@ParameterizedTest
	@CsvSource({ "2026-06-01, 2025-04-09", "2025-04-09, 2025-04-09", "2025-04-08, 1925-04-09", "1999-01-01, 1925-04-09" })
	void choosesTheLatestCenturyNotAfterTheGivenDate(LocalDate notAfter, LocalDate expected) {
		assertThat(new ItalianFiscalCode("MRTMTT25D09F205Z").birthDate(notAfter)).contains(expected);
	}

	@Test
	void isConsistentWithTheDeclaredBirthDateInAnyCentury() {
		ItalianFiscalCode code = new ItalianFiscalCode("RSSMRA85T10A562S");

		assertThat(code.isConsistentWithBirthDate(LocalDate.of(1985, 12, 10))).isTrue();
		assertThat(code.isConsistentWithBirthDate(LocalDate.of(1885, 12, 10))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1985-12-11", "1985-11-10", "1986-12-10", "1995-12-10" })
	void isNotConsistentWithAnotherBirthDate(LocalDate declared) {
		assertThat(new ItalianFiscalCode("RSSMRA85T10A562S").isConsistentWithBirthDate(declared)).isFalse();
	}

	@Test
	void isConsistentOnlyWithTheEncodedSex() {
		assertThat(new ItalianFiscalCode("BNCLRA80A41F205G").isConsistentWithSex(EncodedSex.FEMALE)).isTrue();
		assertThat(new ItalianFiscalCode("BNCLRA80A41F205G").isConsistentWithSex(EncodedSex.MALE)).isFalse();
	}

	@Test
	void womanBornOnTheFirstIsNotConsistentWithTheFirstOfAnotherMonth() {
		assertThat(new ItalianFiscalCode("BNCLRA80A41F205G").isConsistentWithBirthDate(LocalDate.of(1980, 2, 1))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "80000000002", "12345678903", "01234567897", "99999999990", " 8000 0000 002 " })
	void acceptsProvisionalNumericCodeWithRightCheckDigit(String text) {
		ItalianFiscalCode code = new ItalianFiscalCode(text);

		assertThat(code.isProvisional()).isTrue();
		assertThat(code.value()).hasSize(11).containsOnlyDigits();
	}

	@ParameterizedTest
	@ValueSource(strings = { "80000000001", "12345678900", "01234567898", "99999999999" })
	void rejectsProvisionalCodeWithWrongCheckDigit(String text) {
		assertThat(ItalianFiscalCode.validate(text)).contains(FiscalCodeError.CHECKSUM);
	}

	@Test
	void rejectsProvisionalCodeWithTwoDigitsSwapped() {
		// The doubling of every second digit is what catches adjacent swaps.
		assertThat(ItalianFiscalCode.validate("21345678903")).contains(FiscalCodeError.CHECKSUM);
	}

	@ParameterizedTest
	@ValueSource(strings = { "8000000000A", "00000000000" })
	void rejectsMalformedProvisionalCode(String text) {
		assertThat(ItalianFiscalCode.validate(text)).contains(FiscalCodeError.FORMAT);
	}

	@Test
	void provisionalCodeEncodesNoPersonalData() {
		ItalianFiscalCode code = new ItalianFiscalCode("80000000002");

		assertThat(code.sex()).isEmpty();
		assertThat(code.birthDate(LocalDate.of(2026, 1, 1))).isEmpty();
		assertThat(code.birthPlaceCode()).isEmpty();
		assertThat(code.isOmocode()).isFalse();
		assertThat(code.isConsistentWithBirthDate(LocalDate.of(1970, 1, 1))).isTrue();
		assertThat(code.isConsistentWithSex(EncodedSex.MALE)).isTrue();
	}

	@Test
	void everyErrorHasAStableDistinctCode() {
		assertThat(FiscalCodeError.values()).extracting(FiscalCodeError::code)
			.containsExactly("fiscalCode.blank", "fiscalCode.length", "fiscalCode.format", "fiscalCode.birthDate",
					"fiscalCode.checksum");
	}
}
