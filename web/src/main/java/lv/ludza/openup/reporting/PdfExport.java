package lv.ludza.openup.reporting;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The one printed layout of the product: A4, a heading, tables with right-aligned amounts, signature lines, and on
 * every page a footer with the programme's co-financing line and the page number. The font is embedded Liberation
 * Sans (it ships with OpenPDF), so Latvian and Lithuanian letters print as typed.
 */
public final class PdfExport implements AutoCloseable {

    private static final Color LINE = new Color(0xCB, 0xD5, 0xE1);
    private static final Color HEAD = new Color(0xF1, 0xF5, 0xF9);
    private static final Color MUTED = new Color(0x64, 0x74, 0x8B);

    private final BaseFont base;
    private final Font normal;
    private final Font small;
    private final Font heading;
    private final Font strong;
    private final Document document;

    /** A table cell: text, right-aligned (amounts) or not, emphasised (totals) or not. */
    public record Cell(String text, boolean right, boolean strong) {

        public static Cell text(String text) {
            return new Cell(text, false, false);
        }

        public static Cell amount(String text) {
            return new Cell(text, true, false);
        }
    }

    /**
     * @param footer the line printed at the foot of every page (the programme's co-financing line)
     * @param page   the word before the page number ("Page", "Lapa", "Puslapis")
     */
    public PdfExport(OutputStream out, boolean landscape, String footer, String page) {
        try {
            base = BaseFont.createFont("font-fallback/LiberationSans-Regular.ttf", BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        normal = new Font(base, 9);
        small = new Font(base, 8, Font.NORMAL, MUTED);
        heading = new Font(base, 15);
        strong = new Font(base, 9.5f);
        document = new Document(landscape ? PageSize.A4.rotate() : PageSize.A4, 36, 36, 36, 48);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter pdf, Document doc) {
                Rectangle box = doc.getPageSize();
                ColumnText.showTextAligned(pdf.getDirectContent(), Element.ALIGN_LEFT, new Phrase(footer, small),
                        doc.left(), box.getBottom() + 24, 0);
                ColumnText.showTextAligned(pdf.getDirectContent(), Element.ALIGN_RIGHT,
                        new Phrase(page + " " + pdf.getPageNumber(), small), doc.right(), box.getBottom() + 24, 0);
            }
        });
        document.open();
        document.addCreator("OPEN UP project office");
    }

    public PdfExport heading(String title, String... lines) {
        document.add(new Paragraph(title, heading));
        for (String line : lines) {
            document.add(new Paragraph(line, small));
        }
        document.add(new Paragraph(" ", small));
        return this;
    }

    public PdfExport paragraph(String text) {
        Paragraph paragraph = new Paragraph(text, normal);
        paragraph.setSpacingAfter(6);
        document.add(paragraph);
        return this;
    }

    /**
     * A table across the page.
     *
     * @param widths  relative column widths
     * @param headers column headings
     * @param rows    the rows; a row's cells marked strong print in the heading's shade (totals)
     */
    public PdfExport table(float[] widths, List<String> headers, List<List<Cell>> rows) {
        try (Table table = table(widths, headers)) {
            rows.forEach(table::row);
        }
        return this;
    }

    /**
     * A table whose rows come one by one and go onto the pages as they come ({@link #FLUSH_ROWS} at a time): a table
     * of 50,000 rows holds a few hundred. Close it to end it.
     */
    public Table table(float[] widths, List<String> headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingAfter(10);
        table.setComplete(false);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, strong));
            cell.setBackgroundColor(HEAD);
            cell.setBorderColor(LINE);
            cell.setPadding(4);
            table.addCell(cell);
        }
        return new Table(table);
    }

    /** Rows a streamed table keeps before it writes them onto the pages. */
    private static final int FLUSH_ROWS = 200;

    /** A table being written: add rows, then close. */
    public final class Table implements AutoCloseable {

        private final PdfPTable table;
        private int pending;

        private Table(PdfPTable table) {
            this.table = table;
        }

        /** A row; cells marked strong print in the heading's shade (totals). */
        public void row(List<Cell> row) {
            for (Cell given : row) {
                PdfPCell cell = new PdfPCell(new Phrase(given.text() == null ? "" : given.text(), given.strong()
                        ? strong : normal));
                cell.setHorizontalAlignment(given.right() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                cell.setBorderColor(LINE);
                cell.setPadding(4);
                if (given.strong()) {
                    cell.setBackgroundColor(HEAD);
                }
                table.addCell(cell);
            }
            if (++pending == FLUSH_ROWS) {
                document.add(table); // the rows so far go onto pages and leave the table
                pending = 0;
            }
        }

        @Override
        public void close() {
            table.setComplete(true);
            document.add(table);
        }
    }

    /** Lines to sign on: one per role ("Prepared by", "Approved by"), with name, date and signature. */
    public PdfExport signatures(List<String> roles, String nameDateSignature) {
        PdfPTable table = new PdfPTable(roles.size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(24);
        for (String role : roles) {
            PdfPCell cell = new PdfPCell();
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPaddingRight(18);
            cell.addElement(new Paragraph(role, strong));
            Paragraph line = new Paragraph("\n\n______________________________", normal);
            cell.addElement(line);
            cell.addElement(new Paragraph(nameDateSignature, small));
            table.addCell(cell);
        }
        document.add(table);
        return this;
    }

    /** A label on a sheet of labels: a picture (a QR code) beside a few lines of text, the first one strong. */
    public record Label(java.awt.image.BufferedImage picture, List<String> lines) {
    }

    /** A sheet of labels, {@code columns} across the page, each cut along its border. */
    public PdfExport labels(int columns, List<Label> labels) {
        PdfPTable sheet = new PdfPTable(columns);
        sheet.setWidthPercentage(100);
        for (Label label : labels) {
            PdfPTable inner = new PdfPTable(new float[] { 1f, 1.6f });
            try {
                com.lowagie.text.Image picture = com.lowagie.text.Image.getInstance(label.picture(), null);
                PdfPCell image = new PdfPCell(picture, true);
                image.setBorder(Rectangle.NO_BORDER);
                image.setPadding(2);
                inner.addCell(image);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            PdfPCell text = new PdfPCell();
            text.setBorder(Rectangle.NO_BORDER);
            text.setPaddingLeft(4);
            boolean first = true;
            for (String line : label.lines()) {
                text.addElement(new Paragraph(line, first ? heading : small));
                first = false;
            }
            inner.addCell(text);
            PdfPCell cell = new PdfPCell(inner);
            cell.setBorderColor(LINE);
            cell.setPadding(6);
            cell.setFixedHeight(118);
            sheet.addCell(cell);
        }
        sheet.completeRow();
        document.add(sheet);
        return this;
    }

    @Override
    public void close() {
        document.close();
    }
}
