package it.casa.monitoring.web;

import java.util.ArrayList;
import java.util.List;

import it.casa.monitoring.DistrictFigures;
import it.casa.monitoring.FigureMatrix;
import it.casa.monitoring.FigureSection;
import it.casa.monitoring.FigureTable;

/**
 * The agency's "Fotografia" as the press kit lays it out, made of every source's section in the sources' order (case
 * work's requests, then the social emergency service, then any later module's): the title and scope, each section's
 * tables, then the notes of every section, the notes on the filters and, for outside readers, the one on suppression.
 *
 * @param scope the municipalities covered, as a line of text
 * @param scopeLines the sections' lines on how the query narrows them (the grades)
 */
record FotografiaReport(Audience audience, String title, String scope, List<String> scopeLines,
		List<FigureSection> sections, List<String> notes) {

	FotografiaReport {
		scopeLines = List.copyOf(scopeLines);
		sections = List.copyOf(sections);
		notes = List.copyOf(notes);
	}

	/** Every published table, in the report's order (each section's headline first). */
	List<FigureTable> tables() {
		return sections.stream().flatMap(section -> section.published().stream()).toList();
	}

	/** The tables only the agency's own exports show, in the sections' order. */
	List<FigureTable> internalTables() {
		return sections.stream().flatMap(section -> section.internalTables().stream()).toList();
	}

	List<FigureMatrix> matrices() {
		return sections.stream().flatMap(section -> section.matrices().stream()).toList();
	}

	static FotografiaReport of(DistrictFigures figures, Labels labels, Audience audience) {
		List<FigureSection> sections = figures.sources()
			.stream()
			.map(source -> source.figures().section(labels.forSource(source.labels(), audience)))
			.toList();
		List<String> notes = new ArrayList<>();
		List<String> scopeLines = new ArrayList<>();
		sections.forEach(section -> notes.addAll(section.notes()));
		sections.forEach(section -> {
			notes.addAll(section.closingNotes());
			scopeLines.addAll(section.scopeLines());
		});
		if (audience == Audience.PUBLIC) {
			notes.add(labels.text("note.suppression"));
		}
		String scope = figures.municipality() == null ? labels.text("report.scope.district")
				: labels.text("report.scope.municipality", figures.municipality().name());
		return new FotografiaReport(audience, labels.text("report.title", labels.period(figures.period())), scope,
				scopeLines, sections, notes);
	}
}
