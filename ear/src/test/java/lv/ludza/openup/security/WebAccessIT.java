package lv.ludza.openup.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import lv.ludza.openup.it.AsUser;
import lv.ludza.openup.it.ClientTest;
import lv.ludza.openup.it.WebSession;

/** The deployed EAR seen over HTTP, as a browser without JavaScript sees it: who gets which page. */
class WebAccessIT extends ClientTest {

    @Test
    void anonymousVisitorsGetTheLoginPage() {
        WebSession visitor = new WebSession(base.toString());
        for (String path : new String[] { "/", "/index.xhtml", "/admin/users.xhtml", "/account/index.xhtml" }) {
            WebSession.Page page = visitor.get(path);
            assertEquals(200, page.status(), path);
            assertTrue(page.uri().endsWith("/login.xhtml"), path + " should lead to the login page: " + page.uri());
            assertTrue(page.body().contains("id=\"username\""), path + " should show the login form");
            assertTrue(page.text().contains("Pieteikties"), "Latvian is the default language");
        }
    }

    @Test
    void theAccessibilityStatementIsPublicAndLinkedFromTheLoginPage() {
        WebSession visitor = new WebSession(base.toString());
        assertTrue(visitor.get("/login.xhtml").body().contains("/accessibility.xhtml"), "the login page links it");
        WebSession.Page statement = visitor.get("/accessibility.xhtml");
        assertEquals(200, statement.status());
        assertTrue(statement.uri().endsWith("/accessibility.xhtml"), "no login asked: " + statement.uri());
        String text = statement.text();
        // the model statement's parts: status, exceptions, preparation, feedback, enforcement
        for (String part : new String[] { "EN 301 549", "WCAG 2.1", "Nepiekļūstams saturs", "Paziņojums sagatavots 02.12.2026.",
            "lietotnes administratoram", "Izpildes nodrošināšanas procedūra" }) {
            assertTrue(text.contains(part), part + " in: " + text);
        }
    }

    @Test
    void theThemeIsOneStaticStylesheetCachedForAYear() {
        WebSession visitor = new WebSession(base.toString());
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"[^\"]*(/theme/[0-9a-f]{16}/)theme\\.css\"")
                .matcher(visitor.get("/login.xhtml").body());
        assertTrue(link.find(), "the login page links the pre-built theme");
        WebSession.Page theme = visitor.get(link.group(1) + "theme.css");
        assertEquals(200, theme.status(), "public, before the login");
        assertTrue(theme.contentType().startsWith("text/css"), theme.contentType());
        assertEquals("public, max-age=31536000, immutable", theme.header("Cache-Control"));
        assertTrue(!theme.body().contains("#{"), "no expression left for Faces to evaluate");
        assertTrue(theme.body().contains("--primary-color") && theme.body().contains("@font-face"),
                "saga-blue and PrimeIcons in it");
        assertTrue(theme.body().contains("#1f4e8c"), "and our recolouring");
        WebSession.Page font = visitor.get(link.group(1) + "primeicons.woff2");
        assertEquals(200, font.status(), "the icons' font beside it (relative address)");
        assertTrue(!visitor.get("/login.xhtml").body().contains("theme.css.xhtml"), "PrimeFaces links no theme itself");
    }

    @Test
    void staffIsDeniedTheAdministrationPages() {
        WebSession staff = WebSession.login(base.toString(), "staff", AsUser.DEMO_PASSWORD, "lv");
        WebSession.Page users = staff.get("/admin/users.xhtml");
        assertEquals(403, users.status());
        assertTrue(users.text().contains("Piekļuve liegta"), "the localised access-denied page");
        assertEquals(403, staff.get("/project/edit.xhtml").status());
        assertEquals(200, staff.get("/index.xhtml").status());
    }

    @Test
    void theAdministratorReachesThem() {
        WebSession admin = WebSession.login(base.toString(), "admin", AsUser.DEMO_PASSWORD, "lv");
        WebSession.Page users = admin.get("/admin/users.xhtml");
        assertEquals(200, users.status());
        assertTrue(users.body().contains("auditor"), "the user list shows the demo users");
    }

    @Test
    void aWrongPasswordShowsTheLoginPageWithAMessage() {
        WebSession visitor = new WebSession(base.toString());
        WebSession.Page page = visitor.submitLogin(visitor.get("/login.xhtml"), "auditor", "wrong-password");
        assertEquals(200, page.status());
        assertTrue(page.text().contains("Nepareizs lietotājvārds vai parole"), page.text());
        assertTrue(page.body().contains("role=\"alert\""), "the message is announced");
        assertTrue(page.body().contains("id=\"username\""), "still on the login page");
        // and the right password still works: a failure is not a lock
        WebSession.login(base.toString(), "auditor", AsUser.DEMO_PASSWORD, "en");
    }

    @Test
    void unknownPagesGetTheLocalisedNotFoundPage() {
        WebSession auditor = WebSession.login(base.toString(), "auditor", AsUser.DEMO_PASSWORD, "en");
        WebSession.Page page = auditor.get("/no/such/page.xhtml");
        assertEquals(404, page.status());
        assertTrue(page.text().contains("Page not found"), "in the language chosen at login");
    }

    @Test
    void anExpiredPageSaysSoInTheUsersLanguage() {
        WebSession staff = WebSession.login(base.toString(), "staff", AsUser.DEMO_PASSWORD, "lv");
        WebSession.Page index = staff.get("/index.xhtml");
        WebSession.Page page = staff.post("/index.xhtml", Map.of("topbar", "topbar", "jakarta.faces.ViewState",
                "stale-view-state-from-yesterday", WebSession.NONCE, index.nonce()));
        assertTrue(page.text().contains("Lapas derīgums beidzies"), "the localised view-expired page");
        assertTrue(!page.body().contains("Caused by") && !page.body().contains("\tat "), "no stack trace");
    }

    @Test
    void unknownUsersCannotLogIn() {
        WebSession visitor = new WebSession(base.toString());
        WebSession.Page page = visitor.submitLogin(visitor.get("/login.xhtml"), "nobody", AsUser.DEMO_PASSWORD);
        assertTrue(page.body().contains("id=\"username\""), "still on the login page");
        assertTrue(page.text().contains("Nepareizs lietotājvārds vai parole"), "the same message as a wrong password");
    }
}
