package lv.ludza.openup.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import lv.ludza.openup.it.AsUser;
import lv.ludza.openup.it.ClientTest;
import lv.ludza.openup.it.WebSession;

/**
 * The backup and restore of the README, proven on the PostgreSQL pass as IT would do it after a disk died: the demo
 * backed up with wildfly-config/backup/openup-backup.sh while the application runs, the database dropped and created
 * empty, openup-restore.sh, and then the same: every partner report's totals, every document's bytes (SHA-256), the
 * history entries, the users; and the application answers, logs in and shows its records without anything being
 * restarted (the pool validates its connections and replaces the dropped ones).
 */
@EnabledIfSystemProperty(named = "openup.db", matches = "postgresql")
class BackupRestoreIT extends ClientTest {

    @Test
    void aBackupRestoredOntoAnEmptyDatabaseHoldsTheSameAndTheApplicationGoesOn() throws Exception {
        Assumptions.assumeTrue(PostgreSql.local(), "the PostgreSQL pass on the local cluster");
        Map<String, String> before = facts();
        assertFalse(before.isEmpty());
        Path folder = Files.createDirectories(Path.of(System.getProperty("openup.it.screenshots")).getParent()
                .resolve("backups"));
        Path dump = Path.of(PostgreSql.script("openup-backup.sh", folder.toString()));
        assertTrue(Files.size(dump) > 10_000, "a dump of the demo: " + Files.size(dump) + " bytes");

        try (Connection maintenance = PostgreSql.maintenance(); Statement sql = maintenance.createStatement()) {
            sql.execute("DROP DATABASE " + PostgreSql.database() + " WITH (FORCE)"); // the disk died
            sql.execute("CREATE DATABASE " + PostgreSql.database() + " ENCODING 'UTF8'");
        }
        String refused = "";
        try {
            PostgreSql.script("openup-restore.sh", dump.toString());
            try {
                PostgreSql.script("openup-restore.sh", dump.toString());
            } catch (IllegalStateException expected) {
                refused = expected.getMessage();
            }
        } catch (RuntimeException failed) {
            throw new AssertionError("restore failed; the database is empty now", failed);
        }
        assertTrue(refused.contains("is not empty"), "a second restore over the data is refused: " + refused);
        assertEquals(before, facts());

        // the application goes on: ready, a login, a page with the demo's records
        HttpResponse<String> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + System.getProperty("openup.it.management.port") + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready.body());
        WebSession accountant = WebSession.login(base.toString(), "accountant", AsUser.DEMO_PASSWORD, "en");
        WebSession.Page invoices = accountant.get("/procurement/invoices.xhtml");
        assertEquals(200, invoices.status());
        assertTrue(invoices.body().contains("DT-2018/0620"), "the demo's invoices are listed");
    }

    /** What must survive: report totals, document hashes (of the stored bytes), history, users. */
    private static Map<String, String> facts() throws Exception {
        Map<String, String> facts = new TreeMap<>();
        try (Connection db = PostgreSql.connect(); Statement sql = db.createStatement()) {
            rows(sql, "SELECT r.id, r.status, COALESCE(SUM(i.amount), 0), COALESCE(SUM(i.certified), 0), COUNT(i.id)"
                    + " FROM partner_report r LEFT JOIN expenditure_item i ON i.partner_id = r.partner_id"
                    + " AND i.period_id = r.period_id GROUP BY r.id, r.status", facts, "report ");
            try (ResultSet documents = sql.executeQuery("SELECT d.id, d.sha256, c.content FROM document d"
                    + " JOIN document_content c ON c.document_id = d.id")) {
                while (documents.next()) {
                    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(documents.getBytes(3)));
                    assertEquals(documents.getString(2), sha, "the stored bytes are the document's");
                    facts.put("document " + documents.getLong(1), sha);
                }
            }
            rows(sql, "SELECT 'revisions', COUNT(*) FROM revinfo", facts, "");
            List<String> audited = new ArrayList<>();
            try (ResultSet tables = sql.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                    + " AND tablename LIKE '%\\_aud'")) {
                while (tables.next()) {
                    audited.add(tables.getString(1));
                }
            }
            for (String table : audited) {
                rows(sql, "SELECT '" + table + "', COUNT(*) FROM " + table, facts, "history ");
            }
            rows(sql, "SELECT username, password_hash, active, directory_user FROM app_user", facts, "user ");
        }
        return facts;
    }

    private static void rows(Statement sql, String query, Map<String, String> facts, String prefix) throws Exception {
        try (ResultSet rows = sql.executeQuery(query)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder value = new StringBuilder();
                for (int i = 2; i <= columns; i++) {
                    value.append(rows.getString(i)).append(' ');
                }
                facts.put(prefix + rows.getString(1), value.toString().strip());
            }
        }
    }
}
