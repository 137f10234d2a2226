package it.casa.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class AuditCsvTests {

	@Test
	void cellsThatWouldStartAFormulaAreShownAsText() {
		assertThat(AuditCsv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
		assertThat(AuditCsv.cell("+39")).isEqualTo("'+39");
		assertThat(AuditCsv.cell("-2+3")).isEqualTo("'-2+3");
		assertThat(AuditCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(AuditCsv.cell("\tcmd")).isEqualTo("'\tcmd");
		assertThat(AuditCsv.cell("\rcmd")).isEqualTo("\"'\rcmd\"");
	}

	@Test
	void fieldsWithCommasQuotesOrLineBreaksAreQuotedWithDoubledQuotes() {
		assertThat(AuditCsv.cell("a,b")).isEqualTo("\"a,b\"");
		assertThat(AuditCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(AuditCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
		assertThat(AuditCsv.cell("plain")).isEqualTo("plain");
	}

	@Test
	void missingValuesAreEmptyFields() {
		assertThat(AuditCsv.cell(null)).isEmpty();
	}

	@Test
	void rowsEndWithCrLfAfterAHeaderRow() {
		StringWriter out = new StringWriter();
		AuditCsv csv = new AuditCsv(out);

		csv.writeHeader();
		csv.write(new AuditEntry(7, Instant.parse("2026-11-24T10:15:30.123456Z"), "u-1",
				List.of("AGENCY_ADMIN", "AGENCY_OPERATOR"), null, "READ", "case", "42", null, "req-1", "00", "ff"));

		assertThat(out.toString()).isEqualTo(String.join(",", AuditCsv.HEADER) + "\r\n"
				+ "7,2026-11-24T10:15:30.123456Z,u-1,\"AGENCY_ADMIN,AGENCY_OPERATOR\",,READ,case,42,,req-1,00,ff\r\n");
	}
}
