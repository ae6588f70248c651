package lv.ludza.openup.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import lv.ludza.openup.shared.Money;

/** Text cells that a spreadsheet would run as formulas stay text; amounts, negative ones too, stay numbers. */
class XlsxExportTest {

    @Test
    void formulaLikeTextIsQuotedAndNumbersStayNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxExport sheet = new XlsxExport(out, "Test", 20, 20, 20)) {
            sheet.title("=title").header("Supplier", "Amount", "Note")
                    .row("=HYPERLINK(\"http://evil.example\",\"Skonto\")", Money.eur("-5.00"), "-1 250,50 €")
                    .row("Skonto SIA", Money.eur("1250.50"), "@SUM(A1:A9)")
                    .total("+total", Money.eur("1245.50"), null);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = book.getSheetAt(0);
            assertTrue(sheet.getRow(0).getCell(0).getCellStyle().getQuotePrefixed(), "the title");
            Row first = sheet.getRow(2);
            Cell supplier = first.getCell(0);
            assertEquals(CellType.STRING, supplier.getCellType(), "text, never a formula cell");
            assertEquals("=HYPERLINK(\"http://evil.example\",\"Skonto\")", supplier.getStringCellValue());
            assertTrue(supplier.getCellStyle().getQuotePrefixed());
            assertEquals(CellType.NUMERIC, first.getCell(1).getCellType(), "a negative amount is a number");
            assertEquals(-5.0, first.getCell(1).getNumericCellValue());
            assertFalse(first.getCell(1).getCellStyle().getQuotePrefixed());
            assertFalse(first.getCell(2).getCellStyle().getQuotePrefixed(), "an amount as text is no formula");
            Row second = sheet.getRow(3);
            assertFalse(second.getCell(0).getCellStyle().getQuotePrefixed());
            assertTrue(second.getCell(2).getCellStyle().getQuotePrefixed());
            Cell total = sheet.getRow(4).getCell(0);
            assertTrue(total.getCellStyle().getQuotePrefixed());
            assertTrue(book.getFontAt(total.getCellStyle().getFontIndex()).getBold(), "still bold");
        }
    }

    @Test
    void rowsLeaveAsTheyComeAndDatesAreDates() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int sentBeforeRows;
        int sentWhileWriting;
        try (XlsxExport sheet = new XlsxExport(out, "Izdevumi: 2018/19", 12, 40)) {
            sentBeforeRows = out.size();
            for (int i = 0; i < 20_000; i++) {
                sheet.row(java.time.LocalDate.of(2018, 7, 1).plusDays(i % 300), "Rēķins Nr. " + i + " <&> \"ā\"",
                        Money.eur("1250.50"));
            }
            sentWhileWriting = out.size();
        }
        assertTrue(sentBeforeRows > 0, "the file starts before its rows");
        assertTrue(sentWhileWriting > sentBeforeRows, "rows leave while the others are still coming");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = book.getSheetAt(0);
            assertEquals("Izdevumi  2018/19".replace('/', ' '), book.getSheetName(0));
            assertEquals(20_000, sheet.getPhysicalNumberOfRows());
            Row first = sheet.getRow(0);
            assertEquals(java.time.LocalDate.of(2018, 7, 1), first.getCell(0).getLocalDateTimeCellValue().toLocalDate());
            assertTrue(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(first.getCell(0)));
            assertEquals("dd.mm.yyyy", first.getCell(0).getCellStyle().getDataFormatString());
            assertEquals("Rēķins Nr. 0 <&> \"ā\"", first.getCell(1).getStringCellValue());
            assertEquals(1250.50, sheet.getRow(19_999).getCell(2).getNumericCellValue());
        }
    }

    @Test
    void countsAreWholeNumbersAndAmountsHaveTwoDecimalsInEuro() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxExport sheet = new XlsxExport(out, "Totals", 20, 10, 14)) {
            sheet.row("Equipment", 48_558L, Money.eur("176680.75")).total("Total", 3, Money.eur("0.10"));
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row row = book.getSheetAt(0).getRow(0);
            assertEquals(CellType.NUMERIC, row.getCell(1).getCellType());
            assertEquals(48_558.0, row.getCell(1).getNumericCellValue());
            assertEquals("General", row.getCell(1).getCellStyle().getDataFormatString(), "a count as a whole number");
            assertEquals(176_680.75, row.getCell(2).getNumericCellValue());
            assertTrue(row.getCell(2).getCellStyle().getDataFormatString().startsWith("#,##0.00"),
                    row.getCell(2).getCellStyle().getDataFormatString());
            Row total = book.getSheetAt(0).getRow(1);
            assertTrue(total.getCell(2).getCellStyle().getDataFormatString().startsWith("#,##0.00"), "totals too");
        }
    }
}
