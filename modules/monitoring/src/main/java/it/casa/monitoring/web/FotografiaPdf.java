package it.casa.monitoring.web;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jspecify.annotations.Nullable;

import it.casa.monitoring.FigureSection;
import it.casa.monitoring.FigureTable;

/**
 * The printable "Fotografia" (Apache PDFBox): A4, the press kit's order (the requests of the period, then the social
 * emergency service), each table with its total, then the numbered notes; every page footed with the date it was
 * produced and its number. Uses the PDF standard fonts, so nothing is embedded; a character they cannot show (rare
 * in the names of reporting entities) prints as "?".
 */
final class FotografiaPdf {

	private static final PDRectangle PAGE = PDRectangle.A4;

	private static final float MARGIN = 50;

	private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;

	private static final float COUNT_COLUMN = 70;

	private static final Color BLUE = new Color(0x00, 0x66, 0xCC);

	private static final Color GREY = new Color(0xF0, 0xF2, 0xF5);

	private static final Color LINE = new Color(0xC5, 0xC7, 0xC9);

	private final PDDocument document = new PDDocument();

	private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

	private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

	private final PDFont italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);

	private final Map<Character, Boolean> encodable = new HashMap<>();

	private @Nullable PDPageContentStream content;

	private float y;

	private FotografiaPdf() {
	}

	static void write(FotografiaReport report, Labels labels, LocalDate producedOn, OutputStream out) throws IOException {
		FotografiaPdf pdf = new FotografiaPdf();
		try (PDDocument document = pdf.document) {
			PDDocumentInformation information = document.getDocumentInformation();
			information.setTitle(report.title());
			information.setAuthor("CASA");
			information.setSubject(labels.text("agency.subtitle"));
			pdf.report(report, labels);
			pdf.footers(labels.text("report.generated", labels.day(producedOn)), labels);
			document.save(out);
		}
	}

	private void report(FotografiaReport report, Labels labels) throws IOException {
		newPage();
		line(labels.text("agency"), bold, 10, Color.DARK_GRAY);
		line(labels.text("agency.subtitle"), regular, 9, Color.DARK_GRAY);
		y -= 14;
		line(labels.text("report.activity"), regular, 12, Color.BLACK);
		paragraph(report.title(), bold, 20, BLUE);
		y -= 2;
		line(report.scope(), regular, 10, Color.BLACK);
		for (String scopeLine : report.scopeLines()) {
			line(scopeLine, regular, 10, Color.BLACK);
		}
		line(labels.text(report.audience() == Audience.PUBLIC ? "report.audience.public" : "report.audience.internal"),
				italic, 9, Color.DARK_GRAY);
		y -= 12;

		for (FigureSection section : report.sections()) {
			if (section.title() != null) {
				ensure(120);
				y -= 10;
				paragraph(section.title(), bold, 16, BLUE);
				y -= 4;
			}
			FigureTable headline = section.headline();
			if (headline != null) {
				String shownHeadline = Suppression.shown(headline, report.audience()).cells().get(0);
				heading(headline.title() + ": "
						+ (shownHeadline != null ? shownHeadline : Long.toString(headline.rows().get(0).count())), 12);
				y -= 4;
			}
			for (FigureTable table : section.tables()) {
				table(table, report.audience(), labels);
			}
		}

		ensure(60);
		heading(labels.text("report.notes"), 11);
		int number = 1;
		for (String note : report.notes()) {
			paragraph(number++ + ". " + note, regular, 8.5f, Color.DARK_GRAY);
			y -= 2;
		}
		closeContent();
	}

	private void table(FigureTable table, Audience audience, Labels labels) throws IOException {
		Suppression.Shown shown = Suppression.shown(table, audience);
		float rowHeight = 15;
		ensure(rowHeight * Math.min(table.rows().size() + 2, 6) + 24);
		heading(table.title() + (table.withTotal() ? ": " + shown(shown.total(), table.total()) : ""), 12);
		// header row
		fill(MARGIN, y - rowHeight + 4, WIDTH, rowHeight, GREY);
		text(table.labelHeading(), bold, 9, MARGIN + 4, y - 7, Color.BLACK);
		textRight(table.countHeading(), bold, 9, MARGIN + WIDTH - 4, y - 7);
		y -= rowHeight;
		for (int i = 0; i < table.rows().size(); i++) {
			FigureTable.Row row = table.rows().get(i);
			List<String> lines = wrap(row.label(), regular, 10, WIDTH - COUNT_COLUMN - 8);
			float height = Math.max(rowHeight, lines.size() * 12 + 3);
			ensure(height + 4);
			float top = y;
			for (String line : lines) {
				text(line, regular, 10, MARGIN + 4, y - 7, Color.BLACK);
				y -= 12;
			}
			textRight(shown(shown.cells().get(i), row.count()), regular, 10, MARGIN + WIDTH - 4, top - 7);
			y = top - height;
			rule(y + 4);
		}
		if (table.withTotal()) {
			ensure(rowHeight + 4);
			text(labels.text("total"), bold, 10, MARGIN + 4, y - 7, Color.BLACK);
			textRight(shown(shown.total(), table.total()), bold, 10, MARGIN + WIDTH - 4, y - 7);
			y -= rowHeight;
		}
		y -= 12;
	}

	private static String shown(@Nullable String mark, long count) {
		return mark != null ? mark : Long.toString(count);
	}

	private void heading(String text, float size) throws IOException {
		ensure(size * 3);
		paragraph(text, bold, size, Color.BLACK);
		y -= 3;
	}

	private void line(String text, PDFont font, float size, Color color) throws IOException {
		ensure(size + 4);
		text(text, font, size, MARGIN, y - size, color);
		y -= size + 4;
	}

	private void paragraph(String text, PDFont font, float size, Color color) throws IOException {
		for (String line : wrap(text, font, size, WIDTH)) {
			line(line, font, size, color);
		}
	}

	private List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String word : safe(text).split(" ")) {
			String candidate = current.isEmpty() ? word : current + " " + word;
			if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
				lines.add(current.toString());
				current = new StringBuilder(word);
			}
			else {
				current = new StringBuilder(candidate);
			}
		}
		lines.add(current.toString());
		return lines;
	}

	private void text(String text, PDFont font, float size, float x, float baseline, Color color) throws IOException {
		PDPageContentStream stream = content();
		stream.beginText();
		stream.setNonStrokingColor(color);
		stream.setFont(font, size);
		stream.newLineAtOffset(x, baseline);
		stream.showText(safe(text));
		stream.endText();
	}

	private void textRight(String text, PDFont font, float size, float right, float baseline) throws IOException {
		float width = font.getStringWidth(safe(text)) / 1000 * size;
		text(text, font, size, right - width, baseline, Color.BLACK);
	}

	private void fill(float x, float bottom, float width, float height, Color color) throws IOException {
		PDPageContentStream stream = content();
		stream.setNonStrokingColor(color);
		stream.addRect(x, bottom, width, height);
		stream.fill();
	}

	private void rule(float at) throws IOException {
		PDPageContentStream stream = content();
		stream.setStrokingColor(LINE);
		stream.setLineWidth(0.5f);
		stream.moveTo(MARGIN, at);
		stream.lineTo(MARGIN + WIDTH, at);
		stream.stroke();
	}

	/** Starts a new page unless {@code height} points still fit above the bottom margin (footer included). */
	private void ensure(float height) throws IOException {
		if (y - height < MARGIN + 20) {
			newPage();
		}
	}

	private void newPage() throws IOException {
		closeContent();
		PDPage page = new PDPage(PAGE);
		document.addPage(page);
		content = new PDPageContentStream(document, page);
		y = PAGE.getHeight() - MARGIN;
	}

	private PDPageContentStream content() {
		if (content == null) {
			throw new IllegalStateException("No page open");
		}
		return content;
	}

	private void closeContent() throws IOException {
		if (content != null) {
			content.close();
			content = null;
		}
	}

	private void footers(String produced, Labels labels) throws IOException {
		int pages = document.getNumberOfPages();
		for (int i = 0; i < pages; i++) {
			PDPage page = document.getPage(i);
			try (PDPageContentStream stream = new PDPageContentStream(document, page,
					PDPageContentStream.AppendMode.APPEND, true, true)) {
				content = stream;
				text(produced, regular, 8, MARGIN, MARGIN - 15, Color.GRAY);
				String number = labels.text("report.page", i + 1, pages);
				float width = regular.getStringWidth(number) / 1000 * 8;
				text(number, regular, 8, MARGIN + WIDTH - width, MARGIN - 15, Color.GRAY);
			}
			finally {
				content = null;
			}
		}
	}

	/** The text with every character the standard fonts cannot encode replaced by "?". */
	private String safe(String text) {
		StringBuilder result = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			char shown = c == '\n' || c == '\r' || c == '\t' ? ' ' : c;
			result.append(encodable.computeIfAbsent(shown, this::canEncode) ? shown : '?');
		}
		return result.toString();
	}

	private boolean canEncode(char c) {
		try {
			regular.encode(String.valueOf(c));
			bold.encode(String.valueOf(c));
			return true;
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
	}
}
