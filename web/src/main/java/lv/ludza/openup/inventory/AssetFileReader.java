package lv.ludza.openup.inventory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import lv.ludza.openup.shared.Texts;

/**
 * Reads the rows of an asset import file (CSV with ; , or tab, or XLSX) in the columns of {@link AssetImport#COLUMNS}:
 * everything above the header row (title, note) is skipped, blank rows too; row numbers are the file's.
 */
final class AssetFileReader {

    private AssetFileReader() {
    }

    /** @throws IOException for a file that is neither readable CSV nor XLSX */
    static List<AssetImport.Row> read(String fileName, byte[] content) throws IOException {
        List<List<String>> cells = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")
                ? xlsx(content) : csv(new String(content, StandardCharsets.UTF_8));
        List<AssetImport.Row> rows = new ArrayList<>();
        boolean header = false;
        for (int i = 0; i < cells.size(); i++) {
            List<String> row = cells.get(i);
            long filled = row.stream().filter(c -> c != null && !c.isBlank()).count();
            if (!header) {
                header = filled >= 5;
                continue;
            }
            if (filled == 0) {
                continue;
            }
            rows.add(new AssetImport.Row(i + 1, cell(row, 0), cell(row, 1), cell(row, 2), cell(row, 3), cell(row, 4),
                    cell(row, 6), cell(row, 7), cell(row, 8), cell(row, 10), cell(row, 11), cell(row, 12)));
        }
        return rows;
    }

    private static String cell(List<String> row, int index) {
        return index < row.size() ? row.get(index) : null;
    }

    private static List<List<String>> xlsx(byte[] content) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                List<String> values = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        values.add(text(row.getCell(c)));
                    }
                }
                rows.add(values);
            }
        } catch (RuntimeException e) {
            throw new IOException("Not a readable XLSX file", e);
        }
        return rows;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> null;
        };
    }

    /** CSV as Excel and LibreOffice write it: the separator the header line uses most, quotes doubled inside. */
    static List<List<String>> csv(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char separator = separator(text);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    value.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    value.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                row.add(value.toString());
                value.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(value.toString());
                value.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                value.append(c);
            }
        }
        if (value.length() > 0 || !row.isEmpty()) {
            row.add(value.toString());
            rows.add(row);
        }
        return rows;
    }

    private static char separator(String text) {
        String first = text;
        char best = ';';
        long most = -1;
        for (char candidate : new char[] { ';', ',', '\t' }) {
            long count = first.chars().filter(ch -> ch == candidate).count();
            if (count > most) {
                most = count;
                best = candidate;
            }
        }
        return best;
    }
}
