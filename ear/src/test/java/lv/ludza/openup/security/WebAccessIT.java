package lv.ludza.openup.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import lv.ludza.openup.it.ClientTest;

/** The deployed EAR seen over HTTP, as a browser without JavaScript sees it: who gets which page. */
class WebAccessIT extends ClientTest {

    @Test
    void anonymousVisitorsGetTheLoginPage() throws Exception {
        HttpClient client = client();
        for (String path : new String[] { "", "index.xhtml", "admin/users.xhtml", "account/index.xhtml" }) {
            HttpResponse<String> page = get(client, path);
            assertEquals(200, page.statusCode(), path);
            assertTrue(page.body().contains("j_security_check"), path + " should show the login form");
            assertTrue(page.body().contains("Pieteikties"), "Latvian is the default language");
        }
    }

    @Test
    void staffIsDeniedTheAdministrationPages() throws Exception {
        HttpClient client = loggedIn("staff");
        HttpResponse<String> users = get(client, "admin/users.xhtml");
        assertEquals(403, users.statusCode());
        assertTrue(users.body().contains("Piekļuve liegta"), "the localised access-denied page");
        assertEquals(403, get(client, "project/edit.xhtml").statusCode());
        assertEquals(200, get(client, "index.xhtml").statusCode());
    }

    @Test
    void theAdministratorReachesThem() throws Exception {
        HttpClient client = loggedIn("admin");
        HttpResponse<String> users = get(client, "admin/users.xhtml");
        assertEquals(200, users.statusCode());
        assertTrue(users.body().contains("auditor"), "the user list shows the demo users");
    }

    @Test
    void aWrongPasswordShowsTheLoginPageWithAMessage() throws Exception {
        HttpClient client = client();
        get(client, "index.xhtml");
        HttpResponse<String> page = post(client, "j_security_check", "j_username=admin&j_password=wrong-password");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Nepareizs lietotājvārds vai parole"), page.body());
    }

    @Test
    void unknownPagesGetTheLocalisedNotFoundPage() throws Exception {
        HttpResponse<String> page = get(loggedIn("auditor"), "no/such/page.xhtml");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("Page not found"), "the auditor reads English (demo preference)");
    }

    @Test
    void anExpiredPageSaysSoInTheUsersLanguage() throws Exception {
        HttpClient client = loggedIn("staff");
        HttpResponse<String> page = post(client, "index.xhtml",
                "topbar=topbar&jakarta.faces.ViewState=" + "stale-view-state-from-yesterday");
        assertTrue(page.body().contains("Lapas derīgums beidzies"), "the localised view-expired page");
        assertTrue(!page.body().contains("Caused by") && !page.body().contains("\tat "), "no stack trace");
    }

    @Test
    void unknownUsersCannotLogIn() throws Exception {
        HttpClient client = client();
        get(client, "index.xhtml");
        HttpResponse<String> page = post(client, "j_security_check", "j_username=nobody&j_password=openup2018");
        assertTrue(page.body().contains("j_security_check"), "still on the login page");
    }

    private HttpClient loggedIn(String username) throws Exception {
        HttpClient client = client();
        get(client, "index.xhtml");
        HttpResponse<String> afterLogin = post(client, "j_security_check",
                "j_username=" + username + "&j_password=openup2018");
        assertEquals(200, afterLogin.statusCode());
        return client;
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient client, String path, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
