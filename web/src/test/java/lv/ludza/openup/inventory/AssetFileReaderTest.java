package lv.ludza.openup.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class AssetFileReaderTest {

    @Test
    void csvSkipsTitleAndBlankRowsKeepsRowNumbersQuotesAndCategoriesAsTyped() throws Exception {
        String csv = "\uFEFFPamatlīdzekļi\n"
                + "Numurs;Nosaukums;Kategorija;Partneris;Telpa;Statuss;Datums;Neto;Bruto;Līdz;Ražotājs;Modelis;Sērija\n"
                + ";\"Galds; liels \"\"A\"\"\";Mēbeles;Ludza;Lasītava;;15.03.2019;\"120,00\";145,20;;;;\r\n"
                + ";;;;;;;;;;;;\n"
                + "LUD-2019-0001;Dators;laptop;Ludza;;;;;;;Dell;X;S1\n";
        List<AssetImport.Row> rows = AssetFileReader.read("a.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, rows.size());
        AssetImport.Row first = rows.get(0);
        assertEquals(3, first.rowNumber());
        assertEquals("Galds; liels \"A\"", first.name());
        assertEquals("Mēbeles", first.category(), "the service finds the category by code or name");
        assertEquals("15.03.2019", first.acquiredOn());
        assertEquals("120,00", first.net());
        assertEquals(5, rows.get(1).rowNumber());
        assertEquals("laptop", rows.get(1).category());
        assertEquals("S1", rows.get(1).serialNumber());
    }

    @Test
    void xlsxReadsNumbersAndDatesAsText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet();
            var header = sheet.createRow(2);
            for (int c = 0; c < 13; c++) {
                header.createCell(c).setCellValue("H" + c);
            }
            var row = sheet.createRow(3);
            row.createCell(1).setCellValue("Projektors");
            row.createCell(2).setCellValue("Projector");
            row.createCell(3).setCellValue("Ludza");
            var date = row.createCell(6);
            date.setCellValue(java.time.LocalDate.of(2019, 3, 15));
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            date.setCellStyle(style);
            row.createCell(7).setCellValue(450.5);
            workbook.write(out);
        }
        List<AssetImport.Row> rows = AssetFileReader.read("a.xlsx", out.toByteArray());
        assertEquals(1, rows.size());
        assertEquals(4, rows.get(0).rowNumber());
        assertEquals("Projector", rows.get(0).category());
        assertEquals("2019-03-15", rows.get(0).acquiredOn());
        assertEquals("450.5", rows.get(0).net());
        assertNull(rows.get(0).number());
    }
}
