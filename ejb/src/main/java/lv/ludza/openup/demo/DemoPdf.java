package lv.ludza.openup.demo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-page PDF with a few lines of plain ASCII text, for the demo's attached acts (a real scan would be there in
 * use). Written by hand: the demo loader runs in the EJB module, which has no PDF library.
 */
final class DemoPdf {

    private DemoPdf() {
    }

    /** Attaches such a PDF to a record, as its document. */
    static void attach(jakarta.persistence.EntityManager em, lv.ludza.openup.documents.DocumentOwner owner,
            long ownerId, lv.ludza.openup.project.Partner partner, String fileName, String description,
            String... lines) {
        byte[] pdf = of(lines);
        lv.ludza.openup.documents.Document document = lv.ludza.openup.documents.Document.of(owner, ownerId, partner,
                fileName, pdf, description, Long.MAX_VALUE);
        em.persist(document);
        em.persist(new lv.ludza.openup.documents.DocumentContent(document, pdf));
    }

    static byte[] of(String... lines) {
        StringBuilder text = new StringBuilder("BT /F1 12 Tf 72 760 Td 16 TL");
        for (String line : lines) {
            text.append(" (").append(line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)"))
                    .append(") Tj T*");
        }
        text.append(" ET");
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
                        + " /Contents 5 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                "<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(pdf, "%PDF-1.4\n");
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.size());
            write(pdf, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = pdf.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
        write(pdf, table + "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref
                + "\n%%EOF\n");
        return pdf.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
