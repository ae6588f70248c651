package lv.ludza.openup.procurement;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import lv.ludza.openup.documents.DocumentFile;
import lv.ludza.openup.documents.FileName;
import lv.ludza.openup.procurement.EvidenceService.Evidence;
import lv.ludza.openup.procurement.EvidenceService.EvidenceFile;
import lv.ludza.openup.procurement.EvidenceService.ItemEvidence;
import lv.ludza.openup.shared.Formats;
import lv.ludza.openup.shared.ProjectTime;
import lv.ludza.openup.shared.SpreadsheetText;
import lv.ludza.openup.shared.Texts;

/**
 * The evidence pack of a partner report, one ZIP: the report (XLSX and PDF), a folder per item numbered as in the
 * report with the documents that support it, {@code manifest.csv} (a row a file: item, record, name, size, SHA-256,
 * who uploaded it and when), {@code missing.csv} (the items whose evidence is incomplete and what is missing) and
 * {@code README.txt}, in the user's language. Written as it is read: the documents one at a time, straight into the
 * response, so a pack of gigabytes never lies in memory. A document that supports several items (a contract, a bank
 * statement) is in the pack once, in the folder of the first; the manifest names it for each item with its place.
 */
final class EvidencePack {

    /** When a file was uploaded: ISO 8601 with the offset, Riga time. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final Evidence evidence;
    private final PartnerReportExport report;
    private final Function<Long, Optional<DocumentFile>> content;
    private final Locale locale;

    /**
     * @param content a document's bytes by its id, read (and logged) one at a time
     */
    EvidencePack(Evidence evidence, PartnerReportExport report, Function<Long, Optional<DocumentFile>> content,
            Locale locale) {
        this.evidence = evidence;
        this.report = report;
        this.content = content;
        this.locale = locale;
    }

    String fileName() {
        return report.fileName("zip").replace("openup-report-", "openup-evidence-");
    }

    void write(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_SPEED); // the documents (PDF, JPEG) are compressed already
        entry(zip, "README.txt", readme().getBytes(StandardCharsets.UTF_8));
        zip.putNextEntry(new ZipEntry(report.fileName("xlsx")));
        report.xlsx(new KeepOpen(zip));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(report.fileName("pdf")));
        report.pdf(new KeepOpen(zip));
        zip.closeEntry();
        // each document once, in the folder of the first item it supports, read one at a time
        Map<Long, String> placed = new HashMap<>();
        for (ItemEvidence item : evidence.items()) {
            for (EvidenceFile file : item.files()) {
                if (placed.containsKey(file.documentId())) {
                    continue;
                }
                Optional<DocumentFile> bytes = content.apply(file.documentId());
                if (bytes.isPresent()) { // else deleted since the evidence was read: the manifest says so
                    String path = folder(item) + "/" + file.owner().name().toLowerCase(Locale.ROOT) + "-"
                            + file.recordId() + "-" + FileName.of(file.fileName()).value();
                    entry(zip, path, bytes.get().content());
                    placed.put(file.documentId(), path);
                }
            }
        }
        // the lists row by row into the ZIP: a manifest of many thousand rows is not held either
        zip.putNextEntry(new ZipEntry("manifest.csv"));
        try (java.io.Writer csv = writer(zip)) {
            manifest(placed, csv);
        }
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("missing.csv"));
        try (java.io.Writer csv = writer(zip)) {
            missing(csv);
        }
        zip.closeEntry();
        zip.finish();
    }

    private String folder(ItemEvidence item) {
        int width = Math.max(3, String.valueOf(evidence.items().size()).length());
        return String.format(Locale.ROOT, "%0" + width + "d", item.number());
    }

    private static java.io.Writer writer(ZipOutputStream zip) {
        return new java.io.BufferedWriter(new java.io.OutputStreamWriter(new KeepOpen(zip), StandardCharsets.UTF_8));
    }

    private void manifest(Map<Long, String> placed, java.io.Writer csv) throws IOException {
        row(csv, text("evidence.manifest.item"), text("evidence.manifest.recordType"),
                text("evidence.manifest.recordId"), text("evidence.manifest.path"), text("evidence.manifest.fileName"),
                text("evidence.manifest.size"), "SHA-256", text("evidence.manifest.uploadedBy"),
                text("evidence.manifest.uploadedAt"));
        for (ItemEvidence item : evidence.items()) {
            for (EvidenceFile file : item.files()) {
                String path = placed.get(file.documentId());
                row(csv, String.valueOf(item.number()), text("documentOwner." + file.owner()),
                        String.valueOf(file.recordId()), path == null ? text("evidence.manifest.gone") : path,
                        file.fileName(), String.valueOf(file.sizeBytes()), file.sha256(), file.uploadedBy(),
                        file.uploadedAt() == null ? "" : WHEN.format(file.uploadedAt().atZone(ProjectTime.ZONE)));
            }
        }
    }

    private void missing(java.io.Writer csv) throws IOException {
        row(csv, text("evidence.manifest.item"), text("budget.category"), text("expenditure.description"),
                text("evidence.missing.what"));
        for (ItemEvidence item : evidence.incomplete()) {
            row(csv, String.valueOf(item.number()), text("costCategory." + item.category()), item.description(),
                    item.missing().stream().map(kind -> text("evidence.missing." + kind))
                            .collect(Collectors.joining("; ")));
        }
    }

    private String readme() {
        long documents = evidence.items().stream().flatMap(item -> item.files().stream())
                .map(EvidenceFile::documentId).distinct().count();
        return String.join("\r\n", List.of(text("evidence.readme.title", report.title()), "",
                text("evidence.readme.what", evidence.items().size(), documents, evidence.incomplete().size()),
                "", text("evidence.readme.files", report.fileName("xlsx"), report.fileName("pdf")), "",
                text("evidence.readme.check"), "    sha256sum 001/invoice-12-rekins.pdf",
                "    Get-FileHash -Algorithm SHA256 001\\invoice-12-rekins.pdf", "",
                text("evidence.readme.made", Formats.date(java.time.LocalDate.now(ProjectTime.ZONE), locale))))
                + "\r\n";
    }

    private String text(String key, Object... arguments) {
        return Texts.get(locale, key, arguments);
    }

    /** A CSV row: semicolons (as the application's other CSV files, for Excel in Latvia and Lithuania), quoted. */
    private static void row(java.io.Writer csv, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.write(';');
            }
            String cell = cells[i] == null ? "" : SpreadsheetText.forCsv(cells[i]);
            csv.write('"' + cell.replace("\"", "\"\"") + '"');
        }
        csv.write("\r\n");
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    /** The ZIP's stream for one entry: the report's writers close their stream when done, which must not end the ZIP. */
    private static final class KeepOpen extends java.io.FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
