package lv.ludza.openup.reporting;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import lv.ludza.openup.shared.Money;

/**
 * A spreadsheet (Office Open XML, one sheet) written straight to the response as its rows come: the file's first
 * bytes leave at once and nothing but the current row is held, so a list of 500,000 rows starts downloading within
 * a second and exports in constant memory. (POI's streaming workbook kept the rows in a temporary file and sent
 * nothing until the last one: 26 s of silence at 500,000 rows.) Money is a number cell in EUR format (sums work in
 * Excel), dates are date cells, text is inline text; text a spreadsheet would take for a formula keeps Excel's quote
 * prefix. The parts are the few a spreadsheet needs: content types, relationships, workbook, styles, the sheet.
 */
public final class XlsxExport implements AutoCloseable {

    /** The cell formats of styles.xml, by position: plain, title, header, money, money total, total, date. */
    private static final int PLAIN = 0;
    private static final int TITLE = 1;
    private static final int HEADER = 2;
    private static final int MONEY = 3;
    private static final int MONEY_TOTAL = 4;
    private static final int TOTAL = 5;
    private static final int DATE = 6;
    /** The same text formats with the quote prefix: plain, title, header, total. */
    private static final int QUOTED = 7;

    private static final String STYLES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
            <numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0.00 [$€-x-euro2]"/>\
            <numFmt numFmtId="165" formatCode="dd.mm.yyyy"/></numFmts>
            <fonts count="3"><font><sz val="11"/><name val="Calibri"/></font>\
            <font><b/><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="14"/><name val="Calibri"/></font></fonts>
            <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
            <cellXfs count="11">\
            <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
            <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment wrapText="1"/></xf>\
            <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
            <xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>\
            <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
            <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
            <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>\
            <xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" quotePrefix="1"/>\
            <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1" quotePrefix="1"><alignment wrapText="1"/></xf>\
            <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" quotePrefix="1"/>\
            </cellXfs>
            <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
            </styleSheet>
            """;

    /** Excel's day 0 (its dates count days from here; 1900 was no leap year, so this is day 0 for every later date). */
    private static final long EXCEL_EPOCH = LocalDate.of(1899, 12, 30).toEpochDay();

    private final ZipOutputStream zip;
    private final Writer sheet;
    private int next;

    /**
     * Starts the file on {@code out}: the workbook's parts, then the sheet, whose rows go out as they are added.
     * Close it to end the file (it does not close {@code out}).
     *
     * @param widths the columns' widths in characters
     */
    public XlsxExport(OutputStream out, String sheetName, int... widths) throws IOException {
        zip = new ZipOutputStream(out); // never closed: the response is the container's to close
        zip.setLevel(Deflater.BEST_SPEED);
        part("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
                </Types>""");
        part("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                </Relationships>""");
        // a sheet's name: at most 31 characters, none of \ / ? * [ ] :
        String name = sheetName.replaceAll("[\\\\/?*\\[\\]:]", " ");
        part("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>"""
                .formatted(escape(name.length() > 31 ? name.substring(0, 31) : name)));
        part("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
                </Relationships>""");
        part("xl/styles.xml", STYLES);
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
        sheet = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
        sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns="
                + "\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        if (widths.length > 0) {
            sheet.write("<cols>");
            for (int i = 0; i < widths.length; i++) {
                sheet.write("<col min=\"" + (i + 1) + "\" max=\"" + (i + 1) + "\" width=\"" + Math.min(255, widths[i])
                        + "\" customWidth=\"1\"/>");
            }
            sheet.write("</cols>");
        }
        sheet.write("<sheetData>");
        sheet.flush();
        zip.flush();
    }

    private void part(String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    public XlsxExport title(String text) {
        return line(new Object[] { text }, TITLE);
    }

    /** A line of plain text under the title (subtitle, filter, date of export). */
    public XlsxExport note(String text) {
        return line(new Object[] { text }, PLAIN);
    }

    public XlsxExport blank() {
        next++;
        return this;
    }

    public XlsxExport header(String... names) {
        return line(names, HEADER);
    }

    /** A data row: text, {@link Money}, {@link BigDecimal}, numbers and {@link LocalDate} each as its own kind. */
    public XlsxExport row(Object... values) {
        return line(values, PLAIN);
    }

    /** A row in bold (totals). */
    public XlsxExport total(Object... values) {
        return line(values, TOTAL);
    }

    private XlsxExport line(Object[] values, int textStyle) {
        int row = ++next;
        try {
            sheet.write("<row r=\"" + row + "\">");
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value == null) {
                    continue;
                }
                String ref = column(i) + row;
                if (value instanceof Money money) {
                    number(ref, money.amount().toPlainString(), textStyle == TOTAL ? MONEY_TOTAL : MONEY);
                } else if (value instanceof BigDecimal number) {
                    number(ref, number.toPlainString(), PLAIN);
                } else if (value instanceof Number number) {
                    number(ref, number.toString(), PLAIN);
                } else if (value instanceof LocalDate date) {
                    number(ref, String.valueOf(date.toEpochDay() - EXCEL_EPOCH), DATE);
                } else {
                    text(ref, String.valueOf(value), textStyle);
                }
            }
            sheet.write("</row>");
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the reader went away
        }
        return this;
    }

    private void number(String ref, String value, int style) throws IOException {
        sheet.write("<c r=\"" + ref + "\"" + (style == PLAIN ? "" : " s=\"" + style + "\"") + "><v>" + value + "</v></c>");
    }

    /**
     * The one place a text cell is written: text that a spreadsheet would take for a formula ({@code =HYPERLINK(...)},
     * see {@link lv.ludza.openup.shared.SpreadsheetText}) gets the quote prefix, so it stays text when edited or saved
     * as CSV; numbers are number cells and never pass here.
     */
    private void text(String ref, String value, int style) throws IOException {
        int shown = style;
        if (lv.ludza.openup.shared.SpreadsheetText.isFormulaLike(value)) {
            shown = switch (style) {
                case TITLE -> QUOTED + 1;
                case HEADER -> QUOTED + 2;
                case TOTAL -> QUOTED + 3;
                default -> QUOTED;
            };
        }
        sheet.write("<c r=\"" + ref + "\" t=\"inlineStr\"" + (shown == PLAIN ? "" : " s=\"" + shown + "\"")
                + "><is><t xml:space=\"preserve\">" + escape(value) + "</t></is></c>");
    }

    /** A column's letters: 0 → A, 25 → Z, 26 → AA. */
    private static String column(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            letters.insert(0, (char) ('A' + i % 26));
        }
        return letters.toString();
    }

    /** Text as XML content; characters XML cannot hold (control characters) left out. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Ends the sheet and the file. */
    @Override
    public void close() throws IOException {
        sheet.write("</sheetData></worksheet>");
        sheet.flush();
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }
}
