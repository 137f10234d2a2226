package it.casa.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import it.casa.monitoring.DistrictFigures;
import it.casa.monitoring.DistrictFigures.Municipality;
import it.casa.monitoring.FigureQuery;
import it.casa.monitoring.FigureSection;
import it.casa.monitoring.FigureTable;
import it.casa.monitoring.FigureWords;
import it.casa.monitoring.Period;
import it.casa.monitoring.SourceFigures;

/**
 * A module that monitoring knows nothing about adds its figures from its own folder: its dashboard part, its section in
 * the Fotografia, the CSV and the print view, its notes and its words, after the sections before it.
 */
class FigureSourceCompositionTests {

	static final Period YEAR = Period.year(2025);

	static final List<Municipality> MELEGNANO = List.of(new Municipality("melegnano", "Melegnano"));

	/** A later module (say, the rent fund): 7 applications in Melegnano, 2 in Carpiano. */
	static final SourceFigures RENT_FUND = new SourceFigures() {

		@Override
		public Map<String, Object> dashboard() {
			return Map.of("rentFund", Map.of("applications", 9));
		}

		@Override
		public FigureSection section(FigureWords words) {
			FigureTable applications = new FigureTable("rentFundApplications", words.text("table.applications"),
					words.shared("table.municipality"), words.shared("column.count"),
					List.of(new FigureTable.Row("melegnano", "Melegnano", 7), new FigureTable.Row("carpiano", "Carpiano", 2)),
					true);
			return new FigureSection(words.text("title", words.period(YEAR)), List.of(), null, List.of(applications),
					List.of(), List.of(), List.of(words.text("note.applications", words.periodInText(YEAR), words.number(9))),
					List.of(words.text("note.filter")));
		}
	};

	@Test
	void aNewSourcesSectionReachesTheReportTheCsvAndThePrintView() throws Exception {
		DistrictFigures figures = figures();
		Labels labels = Labels.of("it");

		FotografiaReport internal = FotografiaReport.of(figures, labels, Audience.INTERNAL);
		assertThat(internal.sections()).hasSize(1);
		assertThat(internal.tables()).extracting(FigureTable::id).containsExactly("rentFundApplications");
		assertThat(internal.notes()).containsExactly("Domande ricevute nel 2025: 9.", "Nota sui filtri del fondo.");

		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		FiguresCsv.write(FotografiaReport.of(figures, labels, Audience.PUBLIC), false, labels, csv);
		// A published total with one small count: the other is withheld too, or 9 - 7 would give it away.
		assertThat(csv.toString(StandardCharsets.UTF_8)).contains("rentFundApplications;melegnano;Melegnano;n.d.\r\n")
			.contains("rentFundApplications;carpiano;Carpiano;<3\r\n")
			.contains("rentFundApplications;total;Totale;9\r\n");

		FotografiaView view = FotografiaView.of(internal, labels);
		assertThat(view.sections()).singleElement().satisfies(section -> {
			assertThat(section.title()).isEqualTo("Fondo affitto – 2025");
			assertThat(section.tables()).extracting(FotografiaView.Table::total).containsExactly("9");
		});
		assertThat(figures.parts()).containsEntry("rentFund", Map.of("applications", 9));
	}

	@Test
	void aSourceSpeaksEnglishWithItsOwnWords() {
		FotografiaReport report = FotografiaReport.of(figures(), Labels.of("en"), Audience.INTERNAL);

		assertThat(report.sections().get(0).title()).isEqualTo("Rent fund – 2025");
		assertThat(report.tables().get(0).labelHeading()).isEqualTo(Labels.of("en").text("table.municipality"));
	}

	private static DistrictFigures figures() {
		FigureQuery query = FigureQuery.of(YEAR);
		return new DistrictFigures(query.period(), query.emergencies(), null, MELEGNANO, query.gradeNumbers(),
				List.of(new DistrictFigures.SourceRead("rentfund", "it.casa.monitoring.web.rentfund", RENT_FUND)));
	}
}
