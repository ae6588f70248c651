package lv.ludza.openup.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A CSV read the way Excel set to Latvian reads it when the file is opened with a double click: UTF-8 only with a
 * byte order mark (else it takes the file for Windows-1257), cells split at the list separator {@code ;}, a cell is a
 * number only when the Latvian number format reads all of it (decimal comma), a date only as {@code dd.mm.yyyy}.
 */
public final class LatvianSpreadsheet {

    private static final Locale LATVIAN = Locale.forLanguageTag("lv-LV");
    private final List<List<String>> rows;

    private LatvianSpreadsheet(List<List<String>> rows) {
        this.rows = rows;
    }

    /** Opens the file; fails unless it starts with UTF-8's byte order mark. */
    public static LatvianSpreadsheet open(byte[] csv) {
        assertTrue(csv.length >= 3 && (csv[0] & 0xff) == 0xEF && (csv[1] & 0xff) == 0xBB && (csv[2] & 0xff) == 0xBF,
                "UTF-8 with a byte order mark, else Excel reads ā, č, ė as Windows-1257");
        return new LatvianSpreadsheet(parse(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8)));
    }

    /** Quoted cells as RFC 4180 writes them ("" for a quote, line breaks inside quotes), split at ';'. */
    private static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    public List<String> headers() {
        return rows.get(0);
    }

    /** The data rows (without the headers). */
    public List<List<String>> rows() {
        return rows.subList(1, rows.size());
    }

    /** The column's index by its header; fails if there is none. */
    public int column(String header) {
        int index = headers().indexOf(header);
        assertTrue(index >= 0, "a column '" + header + "' in " + headers());
        return index;
    }

    /** The first row whose cell in the column is the text. */
    public List<String> rowWhere(String header, String text) {
        int column = column(header);
        return rows().stream().filter(r -> r.size() > column && text.equals(r.get(column))).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + header + " = " + text));
    }

    /** A cell as a Latvian Excel's number (all of it read, decimal comma); fails when Excel would keep it as text. */
    public static BigDecimal number(String cell) {
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(LATVIAN);
        format.setParseBigDecimal(true);
        ParsePosition position = new ParsePosition(0);
        Object number = format.parse(cell, position);
        assertTrue(number != null && position.getIndex() == cell.length() && !cell.isEmpty(),
                "'" + cell + "' is a number for a Latvian spreadsheet");
        return (BigDecimal) number;
    }

    /** A cell as a date written dd.mm.yyyy; fails otherwise. */
    public static LocalDate date(String cell) {
        try {
            return LocalDate.parse(cell, DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        } catch (DateTimeParseException notADate) {
            throw new AssertionError("'" + cell + "' is a date dd.mm.yyyy", notADate);
        }
    }

    @Override
    public String toString() {
        return String.join("\n", rows.stream().map(r -> String.join(" | ", r)).toList());
    }
}
