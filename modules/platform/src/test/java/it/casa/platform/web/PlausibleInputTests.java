package it.casa.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import it.casa.platform.InvalidDataException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/** The platform's reading of every module's JSON texts and dates (ADR 0028), on Jackson alone. */
class PlausibleInputTests {

	private final JsonMapper json = JsonMapper.builder().addModule(new PlausibleInputModule()).build();

	record Note(String text, List<String> tags, String[] more) {
	}

	record Dates(LocalDate day, Instant at, OffsetDateTime when, LocalDateTime local) {
	}

	record Outer(Note note) {
	}

	@Test
	void textsKeepLineBreaksAndTabsButNotOtherControlCharacters() {
		assertThat(json.readValue("{\"text\": \"two\\nlines\\r\\n\\tindented\"}", Note.class).text())
			.isEqualTo("two\nlines\r\n\tindented");
		assertThat(json.readValue("{\"text\": \"Nicolò 😀 \\u00e8\"}", Note.class).text()).isEqualTo("Nicolò 😀 è");
		for (String bad : List.of("\\u0000", "\\u0007", "\\u001b", "\\u007f", "\\u0085", "\\ud800", "\\udc00x")) {
			assertRefused("{\"note\": {\"text\": \"a" + bad + "b\"}}", Outer.class, "note.text",
					PlausibleInput.CONTROL_CHARACTER);
		}
		assertRefused("{\"note\": {\"tags\": [\"ok\", \"a\\u0000\"]}}", Outer.class, "note.tags[1]",
				PlausibleInput.CONTROL_CHARACTER);
		assertRefused("{\"note\": {\"more\": [\"a\\u0000\"]}}", Outer.class, "note.more[0]",
				PlausibleInput.CONTROL_CHARACTER);
	}

	@Test
	void datesOutsideNineteenHundredToTwentyOneHundredAreRefused() {
		Dates fine = json.readValue("""
				{"day": "1900-01-01", "at": "2100-12-31T23:59:59Z", "when": "2026-12-06T10:00:00+01:00",
				 "local": "2100-12-31T23:59:59"}""", Dates.class);
		assertThat(fine.day()).isEqualTo(LocalDate.of(1900, 1, 1));
		assertRefused("{\"day\": \"1899-12-31\"}", Dates.class, "day", PlausibleInput.DATE_OUT_OF_RANGE);
		assertRefused("{\"day\": \"+99999-01-01\"}", Dates.class, "day", PlausibleInput.DATE_OUT_OF_RANGE);
		assertRefused("{\"at\": \"0001-01-01T00:00:00Z\"}", Dates.class, "at", PlausibleInput.DATE_OUT_OF_RANGE);
		assertRefused("{\"at\": \"+999999-01-01T00:00:00Z\"}", Dates.class, "at", PlausibleInput.DATE_OUT_OF_RANGE);
		assertRefused("{\"when\": \"2101-01-02T00:00:00+01:00\"}", Dates.class, "when",
				PlausibleInput.DATE_OUT_OF_RANGE);
		assertRefused("{\"local\": \"1000-01-01T00:00:00\"}", Dates.class, "local", PlausibleInput.DATE_OUT_OF_RANGE);
	}

	@Test
	void datesInQueryParametersAreHeldToTheSameWindow() {
		PlausibleDateConverter converter = new PlausibleDateConverter();
		org.springframework.core.convert.TypeDescriptor text = org.springframework.core.convert.TypeDescriptor
			.valueOf(String.class);
		assertThat(converter.convert("2026-12-06T10:00:00Z", text,
				org.springframework.core.convert.TypeDescriptor.valueOf(Instant.class)))
			.isEqualTo(Instant.parse("2026-12-06T10:00:00Z"));
		assertThatThrownBy(() -> converter.convert("+999999-01-01T00:00:00Z", text,
				org.springframework.core.convert.TypeDescriptor.valueOf(Instant.class)))
			.isInstanceOfSatisfying(InvalidDataException.class,
					refused -> assertThat(refused.code()).isEqualTo(PlausibleInput.DATE_OUT_OF_RANGE));
	}

	private void assertRefused(String body, Class<?> type, String field, String code) {
		assertThatThrownBy(() -> json.readValue(body, type)).as(body)
			.isInstanceOfSatisfying(DatabindException.class, failure -> {
				assertThat(InputProblems.causeOf(failure, InvalidDataException.class)).isNotNull()
					.extracting(InvalidDataException::code)
					.isEqualTo(code);
				assertThat(failure.getPathReference()).contains(field.replaceAll("\\[\\d+]", "").split("\\.")[0]);
			});
	}
}
