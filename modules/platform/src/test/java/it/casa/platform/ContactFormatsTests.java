package it.casa.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactFormatsTests {

	@ParameterizedTest
	@ValueSource(strings = { "+39 02 0000 0000", "02 98765432", "333 1234567", "+393331234567", "02/1234567",
			"(02) 1234-567", "02.1234.567" })
	void phoneNumbersAsPeopleWriteThemAreAccepted(String phone) {
		assertThat(ContactFormats.isPhoneNumber(phone)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "12345", "+39 02 abc", "0039 02 1234 5678 9012 34", "02 1234 567-", "++39 02 1234567",
			"chiara@", "" })
	void whatCannotBeDialledIsRefused(String phone) {
		assertThat(ContactFormats.isPhoneNumber(phone)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "chiara.rossi@example.it", "c+casa@posta.comune.melegnano.mi.it", " anna@example.org " })
	void emailAddressesAreAccepted(String email) {
		assertThat(ContactFormats.isEmailAddress(email)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "chiara@", "abc", "@example.it", "chiara@example", "chiara rossi@example.it", "a@b@c.it",
			"chiara@.it" })
	void whatIsNotAnAddressIsRefused(String email) {
		assertThat(ContactFormats.isEmailAddress(email)).isFalse();
	}
}
