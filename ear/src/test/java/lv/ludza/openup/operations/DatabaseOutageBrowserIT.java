package lv.ludza.openup.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;

import lv.ludza.openup.it.AsUser;
import lv.ludza.openup.it.Browser;
import lv.ludza.openup.it.ClientTest;

/**
 * PostgreSQL stops while an accountant has a form open: the save says the database cannot be reached, what they
 * typed stays, the readiness check names the cause; PostgreSQL starts again and the same save succeeds, once,
 * without WildFly being restarted.
 */
@EnabledIfSystemProperty(named = "openup.db", matches = "postgresql")
class DatabaseOutageBrowserIT extends ClientTest {

    @Test
    void aSaveWhileTheDatabaseIsDownKeepsTheInputAndSucceedsOnceItIsBack() throws Exception {
        Assumptions.assumeTrue(PostgreSql.local(), "the PostgreSQL pass on the local cluster");
        String name = "Demo Supplier SIA \"Pārtraukums " + System.currentTimeMillis() % 100000 + "\"";
        try (Browser browser = new Browser(base)) {
            browser.login("accountant", AsUser.DEMO_PASSWORD);
            browser.waitFor(By.id("projectCode"));
            browser.chooseLanguage("en");
            browser.open("/procurement/supplier.xhtml");
            browser.waitFor(By.id("supplier:name")).sendKeys(name);
            browser.driver().findElement(By.id("supplier:registrationNumber")).sendKeys(
                    "4000" + System.currentTimeMillis() % 10_000_000L);

            PostgreSql.cluster("stop");
            try {
                browser.click(By.id("supplier:save"));
                browser.waitForText(By.id("databaseAway"), "The database cannot be reached at the moment");
                assertEquals(name, browser.value(By.id("supplier:name")), "what was typed stays");
                browser.screenshot("database-outage-save-en");
                HttpResponse<String> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + System.getProperty("openup.it.management.port") + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(503, ready.statusCode(), ready.body());
                assertTrue(ready.body().contains("\"name\":\"openup-database\",\"status\":\"DOWN\"")
                        && ready.body().contains("\"cause\""), "the failing check names its cause: " + ready.body());
            } finally {
                PostgreSql.cluster("start");
            }

            browser.click(By.id("supplier:save"));
            browser.waitForText(By.id("supplier:messages"), "was added");
            assertEquals(1, suppliersNamed(name), "saved once");
        }
    }

    private static int suppliersNamed(String name) throws Exception {
        try (Connection db = PostgreSql.connect();
                PreparedStatement count = db.prepareStatement("SELECT COUNT(*) FROM supplier WHERE name = ?")) {
            count.setString(1, name);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
