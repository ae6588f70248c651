package lv.ludza.openup.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lv.ludza.openup.it.AsUser;
import lv.ludza.openup.it.RecordProbe;
import lv.ludza.openup.it.Services;
import lv.ludza.openup.it.WebSession;

/**
 * The evidence pack of a partner report, downloaded from the report page as a user does: the demo's certified report
 * (Ludza's first period: two invoice lines under a contract from a procedure, and staff costs). Every file in the ZIP
 * is the stored document (its SHA-256 is the manifest's and the database's), each item's documents are named for it,
 * what is missing is named on the page and in missing.csv, every packed document's access log says who packed it, and
 * a reader of another project gets nothing.
 */
@ExtendWith(ArquillianExtension.class)
class EvidencePackIT {

    @ArquillianResource
    private URL testModule;

    private String base;
    private RecordProbe probe;

    @BeforeEach
    void setUp() {
        base = testModule.getProtocol() + "://" + testModule.getHost() + ":" + testModule.getPort() + "/openup";
        probe = Services.lookup(RecordProbe.class);
    }

    @Test
    void theCertifiedReportsPackHoldsItsEvidenceAndNamesWhatIsMissing() throws Exception {
        String report = report("LLI-263", "Ludza", 1);
        WebSession auditor = WebSession.login(base, "auditor", AsUser.DEMO_PASSWORD, "en");

        // the report page warns before the download
        WebSession.Page page = auditor.get("/procurement/report.xhtml?" + report);
        assertEquals(200, page.status());
        assertTrue(page.text().contains("Items without a bank statement of the payment: 2"), page.text());
        assertTrue(page.text().contains("Costs declared without an invoice and without documents (attach them on"
                + " the item’s page): 1"), page.text());
        assertFalse(page.text().contains("Items without an invoice document"), "the demo invoice has its document");
        assertTrue(page.body().contains("/openup/export/evidence.zip?partner="), "the page offers the pack");

        WebSession.Page zip = auditor.get("/export/evidence.zip?" + report);
        assertEquals(200, zip.status(), zip.uri());
        assertEquals("application/zip", zip.contentType());
        Map<String, byte[]> files = unzip(zip.bytes());
        assertTrue(files.containsKey("openup-report-Ludza-1.xlsx"), files.keySet().toString());
        assertTrue(files.containsKey("openup-report-Ludza-1.pdf"), files.keySet().toString());
        String readme = new String(files.get("README.txt"), StandardCharsets.UTF_8);
        assertTrue(readme.startsWith("Evidence pack: Partner report: Ludza, reporting period 1"), readme);
        assertTrue(readme.contains("sha256sum"), readme);

        // every file the manifest names is in the pack, with the manifest's size and SHA-256, which is the database's
        List<String[]> manifest = csv(files.get("manifest.csv"));
        assertEquals("Item", manifest.get(0)[0]);
        Map<String, String> stored = new LinkedHashMap<>();
        probe.rows("SELECT d.fileName, d.sha256 FROM Document d WHERE d.fileName IN ('rekins-DT-2018-0620.pdf',"
                + " 'ligums-LNP-2018-15-1.pdf', 'iepirkuma-zinojums-LNP-2018-15.pdf')")
                .forEach(row -> stored.put((String) row[0], (String) row[1]));
        assertEquals(3, stored.size(), "the demo's documents of the certified report");
        List<String> itemsOfTheInvoice = new ArrayList<>();
        for (String[] row : manifest.subList(1, manifest.size())) {
            byte[] bytes = files.get(row[3]);
            assertNotNull(bytes, "in the pack: " + row[3]);
            assertEquals(Long.parseLong(row[5]), bytes.length, row[3]);
            assertEquals(row[6], sha256(bytes), "the file is the one the manifest names: " + row[3]);
            if (stored.containsKey(row[4])) {
                assertEquals(stored.get(row[4]), row[6], "the manifest's checksum is the stored document's");
                itemsOfTheInvoice.add(row[0] + " " + row[1] + " " + row[4]);
            }
        }
        assertTrue(itemsOfTheInvoice.containsAll(List.of("1 Invoice rekins-DT-2018-0620.pdf",
                "1 Contract ligums-LNP-2018-15-1.pdf", "1 Procurement procedure iepirkuma-zinojums-LNP-2018-15.pdf",
                "2 Invoice rekins-DT-2018-0620.pdf", "2 Contract ligums-LNP-2018-15-1.pdf",
                "2 Procurement procedure iepirkuma-zinojums-LNP-2018-15.pdf")), itemsOfTheInvoice.toString());
        assertTrue(files.keySet().stream().anyMatch(name -> name.startsWith("001/invoice-")
                && name.endsWith("-rekins-DT-2018-0620.pdf")), "in the first item's folder: " + files.keySet());
        assertFalse(files.keySet().stream().anyMatch(name -> name.startsWith("002/")),
                "the second item's documents are the first's: kept once " + files.keySet());

        List<String[]> missing = csv(files.get("missing.csv"));
        assertEquals(List.of("1", "2", "3"), missing.subList(1, missing.size()).stream().map(row -> row[0]).toList());
        assertTrue(missing.get(1)[3].contains("bank statement of the payment"), String.join(";", missing.get(1)));
        assertEquals("Staff costs", missing.get(3)[1]);
        assertTrue(missing.get(3)[3].contains("declared without an invoice"), String.join(";", missing.get(3)));

        // the pack is in every included document's access log, with who made it
        for (Object[] row : probe.rows("SELECT d.id, d.fileName FROM Document d WHERE d.fileName IN"
                + " ('rekins-DT-2018-0620.pdf', 'ligums-LNP-2018-15-1.pdf', 'iepirkuma-zinojums-LNP-2018-15.pdf')")) {
            assertFalse(probe.rows("SELECT a.id, a.username FROM DocumentAccess a WHERE a.documentId = " + row[0]
                    + " AND a.action = lv.ludza.openup.documents.AccessAction.PACKED AND a.username = 'auditor'")
                    .isEmpty(), "logged as packed: " + row[1]);
        }
    }

    @Test
    void inTheUsersLanguageAndNeverForAnotherProjectsReader() throws Exception {
        String readOn = report("READ-2020", "Ludza", 1);
        WebSession coordinator = WebSession.login(base, "coordinator", AsUser.DEMO_PASSWORD, "lt");
        try {
            WebSession.Page zip = coordinator.get("/export/evidence.zip?" + readOn);
            assertEquals(200, zip.status());
            Map<String, byte[]> files = unzip(zip.bytes());
            assertTrue(new String(files.get("README.txt"), StandardCharsets.UTF_8).startsWith("Įrodymų paketas"));
            assertEquals("Pozicija", csv(files.get("manifest.csv")).get(0)[0]);
            assertTrue(files.keySet().stream().anyMatch(name -> name.endsWith("-paraksti-2020-10-15.pdf")),
                    "the event's signature sheet supports its cost: " + files.keySet());
        } finally {
            WebSession.login(base, "coordinator", AsUser.DEMO_PASSWORD, "lv");
        }

        // Rokiškis is not a partner of READ ON: refused, no file; a malformed id is not found
        WebSession outsider = WebSession.login(base, "staff.lt", AsUser.DEMO_PASSWORD, "lt");
        WebSession.Page refused = outsider.get("/export/evidence.zip?" + readOn);
        assertEquals(403, refused.status());
        assertFalse("application/zip".equals(refused.contentType()));
        assertEquals(404, outsider.get("/export/evidence.zip?partner=x1&period=1").status());
    }

    /**
     * A staff cost has no invoice: its own documents (on the item's page) are its evidence. The demo's Jēkabpils
     * salary has its timesheet: packed in its folder, nothing missing for it; its page shows it to the project's
     * readers, refuses another project's reader and finds nothing for a malformed id.
     */
    @Test
    void aCostWithoutAnInvoiceIsSupportedByItsOwnDocuments() throws Exception {
        long salary = ((Number) probe.rows("SELECT e.id, e.description FROM ExpenditureItem e WHERE e.description"
                + " LIKE 'Projekta vadītājas atalgojums 2018%'").get(0)[0]).longValue();
        WebSession auditor = WebSession.login(base, "auditor", AsUser.DEMO_PASSWORD, "en");
        Map<String, byte[]> files = unzip(auditor.get("/export/evidence.zip?" + report("LLI-263", "Jēkabpils", 2))
                .bytes());
        List<String[]> manifest = csv(files.get("manifest.csv"));
        String[] timesheet = manifest.stream().filter(row -> row[4].equals("darba-laika-uzskaite-2018-Q4.pdf"))
                .findFirst().orElseThrow(() -> new AssertionError(files.keySet().toString()));
        assertEquals("Expenditure item", timesheet[1]);
        assertEquals(String.valueOf(salary), timesheet[2]);
        assertNotNull(files.get(timesheet[3]), timesheet[3]);
        String number = timesheet[0];
        assertTrue(csv(files.get("missing.csv")).stream().noneMatch(row -> row[0].equals(number)),
                "nothing missing for the salary: " + new String(files.get("missing.csv"), StandardCharsets.UTF_8));

        WebSession.Page item = auditor.get("/procurement/item.xhtml?id=" + salary);
        assertEquals(200, item.status());
        assertTrue(item.text().contains("Projekta vadītājas atalgojums 2018. gada oktobris–decembris (demo)"),
                item.text());
        assertTrue(item.text().contains("darba-laika-uzskaite-2018-Q4.pdf"), "its documents: " + item.text());
        assertFalse(item.body().contains("id=\"documents:file"), "the auditor reads, does not upload");

        long readOnSalary = ((Number) probe.rows("SELECT e.id, e.description FROM ExpenditureItem e WHERE"
                + " e.description LIKE 'Projekta vadītājas atalgojums 2021%'").get(0)[0]).longValue();
        WebSession outsider = WebSession.login(base, "staff.lt", AsUser.DEMO_PASSWORD, "lt");
        assertEquals(403, outsider.get("/procurement/item.xhtml?id=" + readOnSalary).status(),
                "Rokiškis is not a partner of READ ON: refused, as every other project's record");
        assertEquals(404, outsider.get("/procurement/item.xhtml?id=12x").status());
    }

    /** The query string of a partner report: the project's partner and the period's number. */
    private String report(String project, String partner, int period) {
        Object[] ids = probe.rows("SELECT p.id, r.id FROM Partner p, ReportingPeriod r WHERE p.project.code = '"
                + project + "' AND p.shortName = '" + partner + "' AND r.project = p.project AND r.number = " + period)
                .get(0);
        return "partner=" + ids[0] + "&period=" + ids[1];
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    /** The rows of the pack's CSV: semicolons, every cell quoted. */
    private static List<String[]> csv(byte[] bytes) {
        List<String[]> rows = new ArrayList<>();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\r\n")) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == ';' && !quoted) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            cells.add(cell.toString());
            rows.add(cells.toArray(String[]::new));
        }
        return rows;
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
