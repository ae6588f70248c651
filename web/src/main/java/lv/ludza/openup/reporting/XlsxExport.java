package lv.ludza.openup.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import lv.ludza.openup.shared.Money;

/**
 * A spreadsheet written row by row: only a window of rows stays in memory (POI's streaming workbook), so a list
 * of any length exports in constant memory. Money is a number cell in EUR format (sums work in Excel), dates are
 * date cells.
 */
public final class XlsxExport implements AutoCloseable {

    private static final int WINDOW = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final Sheet sheet;
    private final CellStyle titleStyle;
    private final CellStyle headerStyle;
    private final CellStyle moneyStyle;
    private final CellStyle moneyTotalStyle;
    private final CellStyle dateStyle;
    private final CellStyle totalStyle;
    private int next;

    /** @param widths the columns' widths in characters */
    public XlsxExport(String sheetName, int... widths) {
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet(sheetName.replaceAll("[\\\\/?*\\[\\]:]", " "));
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, Math.min(255, widths[i]) * 256);
        }
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        titleStyle = workbook.createCellStyle();
        titleStyle.setFont(big);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        headerStyle.setWrapText(true);
        short euro = workbook.createDataFormat().getFormat("#,##0.00 [$€-x-euro2]");
        moneyStyle = workbook.createCellStyle();
        moneyStyle.setDataFormat(euro);
        moneyTotalStyle = workbook.createCellStyle();
        moneyTotalStyle.setDataFormat(euro);
        moneyTotalStyle.setFont(bold);
        totalStyle = workbook.createCellStyle();
        totalStyle.setFont(bold);
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
    }

    public XlsxExport title(String text) {
        Cell cell = sheet.createRow(next++).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(titleStyle);
        return this;
    }

    /** A line of plain text under the title (subtitle, filter, date of export). */
    public XlsxExport note(String text) {
        sheet.createRow(next++).createCell(0).setCellValue(text);
        return this;
    }

    public XlsxExport blank() {
        next++;
        return this;
    }

    public XlsxExport header(String... names) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < names.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(names[i]);
            cell.setCellStyle(headerStyle);
        }
        return this;
    }

    /** A data row: text, {@link Money}, {@link BigDecimal}, numbers and {@link LocalDate} each as its own kind. */
    public XlsxExport row(Object... values) {
        write(values, false);
        return this;
    }

    /** A row in bold (totals). */
    public XlsxExport total(Object... values) {
        write(values, true);
        return this;
    }

    private void write(Object[] values, boolean bold) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Money money) {
                cell.setCellValue(money.amount().doubleValue()); // a spreadsheet cell holds a double; exact to the cent
                cell.setCellStyle(bold ? moneyTotalStyle : moneyStyle);
            } else if (value instanceof BigDecimal number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle);
            } else {
                cell.setCellValue(String.valueOf(value));
                if (bold) {
                    cell.setCellStyle(totalStyle);
                }
            }
        }
    }

    public void writeTo(OutputStream out) throws IOException {
        workbook.write(out);
    }

    /** Deletes the temporary files the streaming workbook wrote. */
    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
