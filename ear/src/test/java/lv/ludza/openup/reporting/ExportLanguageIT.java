package lv.ludza.openup.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import lv.ludza.openup.it.AsUser;
import lv.ludza.openup.it.ClientTest;
import lv.ludza.openup.it.WebSession;

/**
 * An export opened directly by its link, in a fresh session (a link from an e-mail or a bookmark: the login page, then
 * straight to the file), is in the user's language as the pages would be: the one chosen on the login page, else the
 * one saved for the user. It used to be Latvian whenever the file was the session's first request after the login.
 */
class ExportLanguageIT extends ClientTest {

    @Test
    void theUsersSavedLanguage() throws IOException {
        String link = reportLink();
        // the auditor's saved language becomes Lithuanian (chosen on the login page, kept by the first page)
        WebSession.login(base.toString(), "auditor", AsUser.DEMO_PASSWORD, "lt");
        try {
            WebSession fresh = new WebSession(base.toString()); // no language cookie, nothing chosen
            WebSession.Page file = fresh.submitLogin(fresh.get(link), "auditor", AsUser.DEMO_PASSWORD);
            assertXlsx(file);
            assertEquals("Išlaidų kategorija", header(file, 1), "the column headers in Lithuanian");
            assertTrue(title(file).startsWith("Partnerio ataskaita"), title(file));
        } finally {
            WebSession.login(base.toString(), "auditor", AsUser.DEMO_PASSWORD, "en"); // the demo's language again
        }
    }

    @Test
    void theLanguageChosenOnTheLoginPage() throws IOException {
        String link = reportLink();
        try {
            WebSession fresh = new WebSession(base.toString());
            WebSession.Page login = fresh.get(link);
            assertTrue(login.uri().endsWith("/login.xhtml"), "the link asks for the login first: " + login.uri());
            WebSession.Page english = choose(fresh, login, "en");
            WebSession.Page file = fresh.submitLogin(english, "coordinator", AsUser.DEMO_PASSWORD);
            assertXlsx(file);
            assertEquals("Cost category", header(file, 1), "the column headers in English");
            assertTrue(title(file).startsWith("Partner report"), title(file));
        } finally {
            WebSession.login(base.toString(), "coordinator", AsUser.DEMO_PASSWORD, "lv"); // the demo's language again
        }
    }

    /** A partner report's XLSX link, from the list of reports. */
    private String reportLink() {
        WebSession coordinator = WebSession.login(base.toString(), "coordinator", AsUser.DEMO_PASSWORD, "lv");
        Matcher report = Pattern.compile("report\\.xhtml\\?partner=(\\d+)&amp;period=(\\d+)")
                .matcher(coordinator.get("/procurement/reports.xhtml").body());
        assertTrue(report.find(), "the demo has partner reports");
        return "/export/report.xlsx?partner=" + report.group(1) + "&period=" + report.group(2);
    }

    /** Chooses a language with the login page's link, as a person does. */
    private static WebSession.Page choose(WebSession session, WebSession.Page login, String language) {
        String link = login.attributeOf("a", "data-lang=\"" + language + "\"", "id");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("languages", "languages");
        form.put("jakarta.faces.ViewState", login.viewState());
        form.put(WebSession.NONCE, login.nonce());
        form.put(link, link);
        return session.post("/login.xhtml", form);
    }

    private static void assertXlsx(WebSession.Page file) {
        assertEquals(200, file.status(), file.uri());
        assertTrue(file.uri().contains("/export/report.xlsx"), "after the login, the file itself: " + file.uri());
        assertTrue(file.contentType().contains("spreadsheetml"), file.contentType());
    }

    private static String title(WebSession.Page file) throws IOException {
        return sheet(file).getRow(0).getCell(0).getStringCellValue();
    }

    /** A column header of the items' table (the row that starts with "#"). */
    private static String header(WebSession.Page file, int column) throws IOException {
        for (Row row : sheet(file)) {
            if (row.getCell(0) != null && "#".equals(row.getCell(0).toString())) {
                return row.getCell(column).getStringCellValue();
            }
        }
        throw new AssertionError("no table header in the report");
    }

    private static Sheet sheet(WebSession.Page file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.bytes()))) {
            return workbook.getSheetAt(0);
        }
    }
}
