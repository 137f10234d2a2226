package it.casa.monitoring.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

import it.casa.monitoring.FigureMatrix;
import it.casa.monitoring.FigureSection;
import it.casa.monitoring.FigureTable;

/**
 * The figures as an XLSX workbook (Apache POI): the "Fotografia" sheet in the press kit's order, with the notes; for
 * internal exports, sheets with the statuses, grades and origins, the months by municipality and the times. Counts
 * are numbers, so the workbook can be summed and charted; suppressed counts are text.
 */
final class FiguresWorkbook {

	private final XSSFWorkbook workbook = new XSSFWorkbook();

	private final CellStyle bold;

	private final CellStyle title;

	private final CellStyle wrapped;

	private final CellStyle right;

	private final CellStyle decimal;

	private FiguresWorkbook() {
		Font boldFont = workbook.createFont();
		boldFont.setBold(true);
		bold = workbook.createCellStyle();
		bold.setFont(boldFont);
		Font titleFont = workbook.createFont();
		titleFont.setBold(true);
		titleFont.setFontHeightInPoints((short) 14);
		title = workbook.createCellStyle();
		title.setFont(titleFont);
		wrapped = workbook.createCellStyle();
		wrapped.setWrapText(true);
		right = workbook.createCellStyle();
		right.setAlignment(HorizontalAlignment.RIGHT);
		decimal = workbook.createCellStyle();
		decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
	}

	static void write(FotografiaReport report, boolean internal, Labels labels, OutputStream out) throws IOException {
		FiguresWorkbook book = new FiguresWorkbook();
		try (XSSFWorkbook workbook = book.workbook) {
			book.fotografia(report, labels);
			if (internal) {
				Sheet requests = workbook.createSheet(sheetName(labels.text("sheet.requests")));
				int row = 0;
				for (FigureTable table : report.internalTables()) {
					row = book.table(requests, row, table, Audience.INTERNAL, labels) + 1;
				}
				requests.setColumnWidth(0, 60 * 256);
				requests.setColumnWidth(1, 14 * 256);
				for (FigureMatrix matrix : report.matrices()) {
					book.matrix(workbook.createSheet(sheetName(matrix.title())), matrix);
				}
			}
			workbook.write(out);
		}
	}

	private void fotografia(FotografiaReport report, Labels labels) {
		Sheet sheet = workbook.createSheet("Fotografia");
		sheet.setColumnWidth(0, 75 * 256);
		sheet.setColumnWidth(1, 14 * 256);
		int row = 0;
		text(sheet, row++, labels.text("agency"), bold);
		text(sheet, row++, labels.text("report.activity"), null);
		text(sheet, row++, report.title(), title);
		text(sheet, row++, report.scope(), null);
		for (String line : report.scopeLines()) {
			text(sheet, row++, line, null);
		}
		text(sheet, row++, labels.text(report.audience() == Audience.PUBLIC ? "report.audience.public"
				: "report.audience.internal"), null);
		row++;
		for (FigureSection section : report.sections()) {
			if (section.title() != null) {
				text(sheet, row++, section.title(), title);
			}
			for (FigureTable table : section.published()) {
				row = table(sheet, row, table, report.audience(), labels) + 1;
			}
		}
		text(sheet, row++, labels.text("report.notes"), bold);
		int number = 1;
		for (String note : report.notes()) {
			text(sheet, row++, number++ + ". " + note, wrapped);
		}
	}

	/** Writes the table from {@code row}; returns the next free row. */
	private int table(Sheet sheet, int row, FigureTable table, Audience audience, Labels labels) {
		Suppression.Shown shown = Suppression.shown(table, audience);
		if (!table.withTotal() && table.rows().size() == 1) {
			// A single figure (the interviews): one line, as the press kit writes it.
			Row line = sheet.createRow(row++);
			cell(line, 0, table.title(), bold);
			count(line, 1, table.rows().get(0).count(), shown.cells().get(0), bold);
			return row;
		}
		Row heading = sheet.createRow(row++);
		cell(heading, 0, table.title(), bold);
		cell(heading, 1, table.countHeading(), bold);
		for (int i = 0; i < table.rows().size(); i++) {
			FigureTable.Row data = table.rows().get(i);
			Row line = sheet.createRow(row++);
			cell(line, 0, data.label(), wrapped);
			count(line, 1, data.count(), shown.cells().get(i), null);
		}
		if (table.withTotal()) {
			Row total = sheet.createRow(row++);
			cell(total, 0, labels.text("total"), bold);
			count(total, 1, table.total(), shown.total(), bold);
		}
		return row;
	}

	private void matrix(Sheet sheet, FigureMatrix matrix) {
		Row heading = sheet.createRow(0);
		for (int column = 0; column < matrix.headings().size(); column++) {
			cell(heading, column, matrix.headings().get(column), bold);
			sheet.setColumnWidth(column, (column == 0 ? 24 : 16) * 256);
		}
		int row = 1;
		for (List<@Nullable Object> values : matrix.rows()) {
			Row line = sheet.createRow(row++);
			for (int column = 0; column < values.size(); column++) {
				Object value = values.get(column);
				if (value instanceof Long number) {
					line.createCell(column).setCellValue(number);
				}
				else if (value instanceof Double number) {
					var cell = line.createCell(column);
					cell.setCellValue(number);
					cell.setCellStyle(decimal);
				}
				else if (value != null) {
					cell(line, column, value.toString(), null);
				}
			}
		}
	}

	private void count(Row row, int column, long count, @Nullable String mark, @Nullable CellStyle style) {
		var cell = row.createCell(column);
		if (mark != null) {
			cell.setCellValue(mark);
			cell.setCellStyle(right);
		}
		else {
			cell.setCellValue(count);
			if (style != null) {
				cell.setCellStyle(style);
			}
		}
	}

	private static void text(Sheet sheet, int row, String text, @Nullable CellStyle style) {
		cell(sheet.createRow(row), 0, text, style);
	}

	private static void cell(Row row, int column, String text, @Nullable CellStyle style) {
		var cell = row.createCell(column);
		cell.setCellValue(text);
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	/** Sheet names are at most 31 characters and may not hold {@code : \ / ? * [ ]}. */
	private static String sheetName(String title) {
		String name = title.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
		return name.length() > 31 ? name.substring(0, 31) : name;
	}
}
