package it.casa.monitoring.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.casa.monitoring.DistrictFigures;
import it.casa.monitoring.MonitoringService;
import it.casa.platform.module.DistrictClock;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

/**
 * The district's figures: {@code GET /api/monitoring/figures} (JSON, for the dashboard), {@code figures.csv} and
 * {@code figures.xlsx} (exports), {@code fotografia.pdf} (the printable report) and {@code fotografia} (the same
 * report as JSON, for the web UI's print view). All take the same filters;
 * exports also take {@code audience=public} (small counts suppressed, published tables only) and {@code lang=en}.
 * Which municipalities a user sees is decided by the service, not by these parameters.
 */
@RestController
@RequestMapping("/api/monitoring")
@Tag(name = "Monitoring", description = "The district's figures, exports and the printable Fotografia")
class MonitoringController extends MonitoringApi {

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final MonitoringService monitoring;

	private final DistrictClock clock;

	MonitoringController(MonitoringService monitoring, DistrictClock clock) {
		this.monitoring = monitoring;
		this.clock = clock;
	}

	@GetMapping(path = "/figures", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The figures of a period",
			description = "Activation requests received in the period by municipality, housing situation, grade, status, "
					+ "origin and month; times to triage and closure; households in care by composition; interviews; "
					+ "and the social emergency service's figures of the emergency period. Exact counts: for staff only.")
	DistrictFigures figures(@Valid FigureFilters filters) {
		return monitoring.figures(filters.toQuery(clock.today()));
	}

	@GetMapping(path = "/figures.csv", produces = "text/csv")
	@Operation(summary = "The figures as CSV (table, code, label, count)")
	ResponseEntity<byte[]> csv(@Valid FigureFilters filters,
			@Parameter(description = "internal (exact counts, all tables) or public (published tables, small counts suppressed)")
			@RequestParam(defaultValue = "internal") @Pattern(regexp = "internal|public") String audience,
			@Parameter(description = "it or en") @RequestParam(defaultValue = "it") @Pattern(regexp = "it|en") String lang) throws IOException {
		Export export = export(filters, audience, lang);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		FiguresCsv.write(export.report(), export.internal(), export.labels(), out);
		return download(out.toByteArray(), CSV, export.fileName("csv"));
	}

	@GetMapping(path = "/figures.xlsx", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
	@Operation(summary = "The figures as an XLSX workbook")
	ResponseEntity<byte[]> xlsx(@Valid FigureFilters filters,
			@Parameter(description = "internal (exact counts, all tables) or public (published tables, small counts suppressed)")
			@RequestParam(defaultValue = "internal") @Pattern(regexp = "internal|public") String audience,
			@Parameter(description = "it or en") @RequestParam(defaultValue = "it") @Pattern(regexp = "it|en") String lang) throws IOException {
		Export export = export(filters, audience, lang);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		FiguresWorkbook.write(export.report(), export.internal(), export.labels(), out);
		return download(out.toByteArray(), XLSX, export.fileName("xlsx"));
	}

	@GetMapping(path = "/fotografia.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The printable Fotografia, in the press kit's layout, as PDF")
	ResponseEntity<byte[]> pdf(@Valid FigureFilters filters,
			@Parameter(description = "internal (exact counts, all tables) or public (published tables, small counts suppressed)")
			@RequestParam(defaultValue = "internal") @Pattern(regexp = "internal|public") String audience,
			@Parameter(description = "it or en") @RequestParam(defaultValue = "it") @Pattern(regexp = "it|en") String lang) throws IOException {
		Export export = export(filters, audience, lang);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		FotografiaPdf.write(export.report(), export.labels(), clock.today(), out);
		return download(out.toByteArray(), MediaType.APPLICATION_PDF, export.fileName("pdf"));
	}

	@GetMapping(path = "/fotografia", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The printable Fotografia, laid out as the PDF, for the web UI's print view",
			description = "The same texts, counts and notes as fotografia.pdf; with audience=public small counts are "
					+ "already replaced by <3 or n.d.")
	FotografiaView fotografia(@Valid FigureFilters filters,
			@Parameter(description = "internal (exact counts, all tables) or public (published tables, small counts suppressed)")
			@RequestParam(defaultValue = "internal") @Pattern(regexp = "internal|public") String audience,
			@Parameter(description = "it or en") @RequestParam(defaultValue = "it") @Pattern(regexp = "it|en") String lang) {
		Export export = export(filters, audience, lang);
		return FotografiaView.of(export.report(), export.labels());
	}

	private Export export(FigureFilters filters, String audienceName, String language) {
		Audience audience = Audience.of(audienceName);
		Labels labels = Labels.of(language);
		DistrictFigures figures = monitoring.figures(filters.toQuery(clock.today()));
		FotografiaReport report = FotografiaReport.of(figures, labels, audience);
		return new Export(figures, report, labels, audience);
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}

	private record Export(DistrictFigures figures, FotografiaReport report, Labels labels, Audience audience) {

		/** Whether the agency's own tables go in too (exact counts, detail by month and municipality). */
		boolean internal() {
			return audience == Audience.INTERNAL;
		}

		/** e.g. {@code casa-fotografia_2025-04-01_2025-05-31_melegnano_pubblica.pdf} */
		String fileName(String extension) {
			StringBuilder name = new StringBuilder("casa-fotografia_").append(figures.period().from())
				.append('_')
				.append(figures.period().to());
			if (figures.municipality() != null) {
				name.append('_').append(figures.municipality().id());
			}
			if (audience == Audience.PUBLIC) {
				name.append(labels.locale().getLanguage().equals("en") ? "_public" : "_pubblica");
			}
			return name.append('.').append(extension).toString();
		}
	}
}
