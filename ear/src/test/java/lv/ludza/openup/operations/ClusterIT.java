package lv.ludza.openup.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

import lv.ludza.openup.it.Browser;

/**
 * Two WildFly nodes behind WildFly's load balancer, on PostgreSQL (the PostgreSQL pass): an accountant types a change
 * into an invoice, the node that served them is killed, and the save succeeds on the other node, still logged in,
 * stored once; the killed node then comes back and joins the cluster. Two users on different nodes saving the
 * same record: the second is told. Prints the fail-over time.
 */
class ClusterIT {

    private static LocalCluster cluster;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(PostgreSql.local(), "the PostgreSQL pass: a cluster shares a PostgreSQL database");
        cluster = LocalCluster.start();
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aUserKeepsTheirLoginAndTheirWorkWhenTheirNodeDies() throws Exception {
        String changed = "Projektors lasītavai, 3LCD (cluster " + System.nanoTime() % 100_000 + ")";
        int served;
        try (Browser browser = new Browser(new URL(cluster.base()))) {
            browser.login("accountant", "openup2018");
            browser.waitFor(By.id("projectCode"));
            browser.chooseLanguage("en");
            browser.open("/procurement/invoices.xhtml");
            browser.click(By.linkText("DT-2018/0910"));
            browser.waitFor(By.id("invoice:lineTable:0:description"));
            browser.typeInto("invoice:lineTable:0:description", changed);
            long versionBefore = version("DT-2018/0910");

            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            served = session.getValue().endsWith(".node1") ? 1 : 2;
            assertTrue(session.getValue().endsWith(".node" + served), "the balancer's route: " + session.getValue());
            long killed = System.nanoTime();
            cluster.kill(served);

            browser.click(By.id("invoice:save"));
            browser.waitForText(By.id("invoice:messages"), "Invoice DT-2018/0910 was saved.");
            long failOver = Duration.ofNanos(System.nanoTime() - killed).toMillis();
            System.out.println("BENCHMARK cluster fail-over: node" + served + " killed, the save answered by the other"
                    + " node after " + failOver + " ms");
            assertEquals(changed, browser.value(By.id("invoice:lineTable:0:description")));
            assertTrue(browser.driver().manage().getCookieNamed("JSESSIONID") != null);
            assertFalse(browser.driver().getCurrentUrl().contains("login"), "still logged in");
            assertEquals(1, count("SELECT COUNT(*) FROM invoice_line WHERE description = ?", changed),
                    "stored once");
            assertEquals(versionBefore + 1, version("DT-2018/0910"), "one save");

            // a page later, still the same user on the surviving node
            browser.open("/procurement/invoices.xhtml");
            browser.waitForText(By.id("list:invoices"), "DT-2018/0910");
        }

        // the killed node comes back and joins the other one
        int killedNode = served;
        cluster.restart(killedNode);
        cluster.waitUntil(() -> {
            try {
                return cluster.log(killedNode).matches("(?s).*joined cluster 'ejb' with view: \\S+ \\(2\\).*");
            } catch (java.io.IOException e) {
                return false;
            }
        }, Duration.ofMinutes(2), "the restarted node to see two members");
        assertTrue(cluster.ready(3 - killedNode));
        assertEquals(200, cluster.status(cluster.node(killedNode) + "login.xhtml"));
    }

    /** Two users on different nodes save the same supplier: the second is told, nothing is overwritten. */
    @Test
    void theSecondOfTwoUsersOnDifferentNodesIsToldTheRecordChanged() throws Exception {
        long supplier = count("SELECT id FROM supplier WHERE registration_number = ?", "40000000004");
        String first = "Demo Supplier SIA \"Ceļojumi\" (node 1)";
        try (Browser one = new Browser(new URL(cluster.node(1))); Browser two = new Browser(new URL(cluster.node(2)))) {
            for (Browser browser : java.util.List.of(one, two)) {
                browser.login(browser == one ? "accountant" : "coordinator", "openup2018");
                browser.waitFor(By.id("projectCode"));
                browser.chooseLanguage("en");
                browser.open("/procurement/supplier.xhtml?id=" + supplier);
                browser.waitFor(By.id("supplier:name"));
            }
            one.typeInto("supplier:name", first);
            one.click(By.id("supplier:save"));
            one.waitForText(By.id("supplier:messages"), "saved");

            two.typeInto("supplier:name", "Demo Supplier SIA \"Ceļojumi\" (node 2)");
            two.click(By.id("supplier:save"));
            two.waitForText(By.id("supplier"), "Someone else (accountant) saved this record after you opened it.");
            assertEquals("Demo Supplier SIA \"Ceļojumi\" (node 2)", two.value(By.id("supplier:name")),
                    "the input stays");
        }
        assertEquals(1, count("SELECT COUNT(*) FROM supplier WHERE name = ?", first), "the first save stays");
    }

    private static long version(String invoice) throws Exception {
        return count("SELECT version FROM invoice WHERE number = ?", invoice);
    }

    private static long count(String sql, String parameter) throws Exception {
        String url = PostgreSql.url();
        try (Connection connection = DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1)
                + LocalCluster.DATABASE, System.getenv("OPENUP_DB_USER"), System.getenv("OPENUP_DB_PASSWORD"));
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
