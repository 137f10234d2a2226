package it.casa.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import it.casa.ApiClient;
import it.casa.CasaTestUsers;

/**
 * The exports open and hold the published tables: the XLSX read back with Apache POI, the PDF's text extracted with
 * PDFBox, the CSV parsed; the public variant hides small counts. Each file is also written to the repository's
 * {@code target/exports/} to be looked at.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class ExportTests {

	/** The repository's target/exports (Maven runs the tests in modules/app): one place to find the sample files. */
	static final Path OUTPUT = Path.of("..", "..", "target", "exports").toAbsolutePath().normalize();

	@Autowired
	MockMvc mvc;

	ApiClient api;

	MonitoringFigures figures;

	@BeforeEach
	void loaded() {
		api = new ApiClient(mvc);
		figures = new MonitoringFigures(api);
		figures.awaitTotals(MonitoringFigures.PRESS_KIT, 44, 21);
	}

	@Test
	void workbookOpensWithThePublishedTablesAndTheInternalSheets() throws Exception {
		byte[] xlsx = download("figures.xlsx?" + MonitoringFigures.PRESS_KIT, "application/vnd.openxmlformats");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Map<String, Object> fotografia = labelsToValues(workbook.getSheet("Fotografia"));
			assertThat(fotografia).containsEntry("San Giuliano Milanese", 19.0)
				.containsEntry("Cerro al Lambro", 1.0)
				.containsEntry("Rilascio alloggio per mancato rinnovo contratto di locazione", 14.0)
				.containsEntry("Coppia genitoriale con figli minori", 21.0)
				.containsEntry("Comune di San Giuliano Milanese", 15.0)
				.containsEntry("Carabinieri di Opera", 1.0)
				.containsEntry("Dato non pervenuto", 1.0)
				.containsEntry("Minori stranieri non accompagnati", 6.0)
				.containsEntry("Colloqui di approfondimento effettuati/fissati", 9.0);
			assertThat(totals(workbook.getSheet("Fotografia"))).containsExactly(44.0, 44.0, 48.0, 21.0, 18.0);
			assertThat(workbook.getNumberOfSheets()).isGreaterThan(1);
		}
	}

	@Test
	void reportIsAPdfInThePressKitsLayoutWithItsNotes() throws Exception {
		byte[] pdf = download("fotografia.pdf?" + MonitoringFigures.PRESS_KIT, "application/pdf");
		String text = text(pdf);
		assertThat(text).contains("Fotografia da aprile a maggio 2025", "Colloqui di approfondimento effettuati/fissati: 9",
				"Schede di attivazione ricevute: 44", "San Giuliano Milanese 19", "San Zenone al Lambro 1",
				"Situazioni abitative riscontrate: 44", "Rilascio alloggio per procedimento di sfratto in corso 10",
				"Composizione nuclei familiari: 48", "Madre sola con figli minori 12",
				"Fotografia Pronto Intervento Sociale – 2024", "Ente segnalante: 21", "Comune di San Giuliano Milanese 15",
				"Carabinieri di Melegnano 1", "Segnalazione problematica abitativa: 18", "Sfratto esecutivo 3", "Note",
				"(48), di cui 4 con una scheda ricevuta prima del periodo", "non elencate tra le problematiche: 3");
		assertThat(text).doesNotContain("<3");
	}

	@Test
	void csvListsEveryTableWithItsTotal() throws Exception {
		byte[] csv = download("figures.csv?" + MonitoringFigures.PRESS_KIT, "text/csv");
		List<List<String>> rows = csv(csv);
		assertThat(rows.get(0)).containsExactly("table", "code", "label", "count");
		assertThat(rows).contains(List.of("requestsByMunicipality", "melegnano", "Melegnano", "9"),
				List.of("requestsByMunicipality", "total", "Totale", "44"),
				List.of("householdComposition", "total", "Totale", "48"),
				List.of("emergencyReportingEntity", "NOT_RECORDED", "Dato non pervenuto", "1"),
				List.of("emergencyProblem", "total", "Totale", "18"), List.of("status", "REQUESTED", "Richiesta ricevuta", "44"));
	}

	@Test
	void csvOpensInColumnsInExcelSetToItalianOrToEnglish() throws Exception {
		// Excel in Italian splits on semicolons (the comma is its decimal sign); in English on commas. Both with a BOM.
		String italian = new String(download("figures.csv?" + MonitoringFigures.PRESS_KIT, "text/csv"), StandardCharsets.UTF_8);
		String english = new String(download("figures.csv?lang=en&" + MonitoringFigures.PRESS_KIT, "text/csv"),
				StandardCharsets.UTF_8);

		assertThat(italian).startsWith("\uFEFFtable;code;label;count\r\n").contains("requestsByMunicipality;total;Totale;44");
		assertThat(english).startsWith("\uFEFFtable,code,label,count\r\n").contains("requestsByMunicipality,total,Total,44");
		assertThat(csv(english.getBytes(StandardCharsets.UTF_8), ','))
			.contains(List.of("requestsByMunicipality", "total", "Total", "44"));
	}

	@Test
	void publicExportsHideSmallCountsAndWhatWouldGiveThemAway() throws Exception {
		String query = MonitoringFigures.PRESS_KIT + "&audience=public";
		List<List<String>> rows = csv(download("figures.csv?" + query, "text/csv"));
		Map<String, String> requests = new LinkedHashMap<>();
		rows.stream().filter(row -> row.get(0).equals("requestsByMunicipality")).forEach(row -> requests.put(row.get(1), row.get(3)));
		assertThat(requests).containsEntry("san-giuliano-milanese", "19")
			.containsEntry("cerro-al-lambro", "<3")
			.containsEntry("san-zenone-al-lambro", "<3")
			.containsEntry("total", "44");
		// Two hidden ones of a known total would both be 1: enough others are withheld that they cannot be told.
		assertThat(requests.values()).contains("n.d.");
		assertThat(rows.stream().skip(1).map(row -> row.get(3))).doesNotContain("1", "2");
		assertThat(rows.stream().map(row -> row.get(0))).doesNotContain("status", "grade", "monthly", "durations");

		String pdf = text(download("fotografia.pdf?" + query, "application/pdf"));
		assertThat(pdf).contains("Cerro al Lambro <3", "Dato non pervenuto <3", "conteggi da 1 a 2 sono indicati come");
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(download("figures.xlsx?" + query, "application/vnd.openxmlformats")))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
			assertThat(labelsToValues(workbook.getSheet("Fotografia"))).containsEntry("Cerro al Lambro", "<3")
				.containsEntry("Madre con figlio neomaggiorenne", "<3");
		}
	}

	@Test
	void printViewHasThePdfsTextsCountsAndNotes() throws Exception {
		MockHttpServletResponse response = api.as(CasaTestUsers.agencyOperator(), null)
				.download("/api/monitoring/fotografia?" + MonitoringFigures.PRESS_KIT);
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		DocumentContext report = JsonPath.parse(response.getContentAsString());
		assertThat(report.read("$.title", String.class)).isEqualTo("Fotografia da aprile a maggio 2025");
		assertThat(report.read("$.interviews.rows[0].count", String.class)).isEqualTo("9");
		assertThat(report.read("$.tables[*].total", List.class)).containsExactly("44", "44", "48");
		assertThat(rows(report, "$.tables[0].rows[*]")).containsExactly(Map.entry("San Giuliano Milanese", "19"),
				Map.entry("Melegnano", "9"), Map.entry("Dresano", "4"), Map.entry("San Donato Milanese", "4"),
				Map.entry("Colturano", "3"), Map.entry("Vizzolo Predabissi", "3"), Map.entry("Cerro al Lambro", "1"),
				Map.entry("San Zenone al Lambro", "1"));
		assertThat(report.read("$.emergencyTitle", String.class)).isEqualTo("Fotografia Pronto Intervento Sociale – 2024");
		assertThat(report.read("$.emergencyTables[*].total", List.class)).containsExactly("21", "18");
		assertThat(report.read("$.notes", List.class)).anySatisfy(
				note -> assertThat((String) note).contains("(48), di cui 4 con una scheda ricevuta prima del periodo"));

		DocumentContext published = JsonPath.parse(api.as(CasaTestUsers.agencyOperator(), null)
				.download("/api/monitoring/fotografia?" + MonitoringFigures.PRESS_KIT + "&audience=public").getContentAsString());
		assertThat(published.read("$.audience", String.class)).isEqualTo("public");
		assertThat(rows(published, "$.tables[0].rows[*]")).containsEntry("Cerro al Lambro", "<3")
			.containsEntry("San Giuliano Milanese", "19");
		assertThat(published.read("$.tables[0].total", String.class)).isEqualTo("44");
	}

	private static Map<String, String> rows(DocumentContext report, String path) {
		List<Map<String, Object>> rows = report.read(path);
		Map<String, String> shown = new LinkedHashMap<>();
		rows.forEach(row -> shown.put((String) row.get("label"), (String) row.get("count")));
		return shown;
	}

	@Test
	void englishExportsSpeakEnglish() throws Exception {
		String pdf = text(download("fotografia.pdf?" + MonitoringFigures.PRESS_KIT + "&lang=en", "application/pdf"));
		assertThat(pdf).contains("Snapshot April to May 2025", "Activation requests received: 44", "Executive eviction 3");
	}

	private byte[] download(String path, String type) throws Exception {
		MockHttpServletResponse response = api.as(CasaTestUsers.agencyOperator(), null)
				.download("/api/monitoring/" + path);
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith(type);
		String disposition = response.getHeader("Content-Disposition");
		assertThat(disposition).startsWith("attachment");
		String name = disposition.replaceAll(".*filename=\"?([^\";]+)\"?.*", "$1");
		Files.createDirectories(OUTPUT);
		Files.write(OUTPUT.resolve(path.contains("lang=en") ? name.replace(".", "_en.") : name),
				response.getContentAsByteArray());
		return response.getContentAsByteArray();
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	/** Column A's text to column B's value (a number, or the text shown instead). */
	static Map<String, Object> labelsToValues(Sheet sheet) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (Row row : sheet) {
			Cell label = row.getCell(0);
			Cell value = row.getCell(1);
			if (label != null && value != null && label.getCellType() == CellType.STRING) {
				values.putIfAbsent(label.getStringCellValue(),
						value.getCellType() == CellType.NUMERIC ? value.getNumericCellValue() : value.getStringCellValue());
			}
		}
		return values;
	}

	static List<Double> totals(Sheet sheet) {
		List<Double> totals = new ArrayList<>();
		for (Row row : sheet) {
			Cell label = row.getCell(0);
			Cell value = row.getCell(1);
			if (label != null && "Totale".equals(label.getStringCellValue()) && value != null) {
				totals.add(value.getNumericCellValue());
			}
		}
		return totals;
	}

	/** RFC 4180, as written: a byte-order mark, CRLF, quoted fields when needed. */
	/** The rows of an Italian export, which Excel set to Italian splits on semicolons. */
	static List<List<String>> csv(byte[] bytes) {
		return csv(bytes, ';');
	}

	static List<List<String>> csv(byte[] bytes, char separator) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 1; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == separator) {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\r') {
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				i++;
			}
			else {
				cell.append(c);
			}
		}
		return rows;
	}
}
