package lv.ludza.openup.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

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
            List<Integer> sizes = cluster.sessionSizes(session.getValue());
            assertFalse(sizes.isEmpty(), "the session is kept in the database");
            System.out.println("BENCHMARK cluster session of an accountant who opened the invoices and saved one: "
                    + sizes.stream().mapToInt(Integer::intValue).sum() + " bytes in the database " + sizes);

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
            } catch (IOException e) {
                return false;
            }
        }, Duration.ofMinutes(2), "the restarted node to see two members");
        assertTrue(cluster.ready(3 - killedNode));
        assertEquals(200, cluster.status(cluster.node(killedNode) + "login.xhtml"));
    }

    /**
     * The EAR redeployed on node 1, then on node 2 (each first taken out of the balancer), while clients keep asking
     * for pages through the balancer: a logged-in coordinator and three visitors of the login page. No request fails
     * and nobody is logged out. Then the throughput through the balancer with both nodes and with node 2 taken out.
     */
    @Test
    void aRollingRedeployFailsNoRequestAndLogsNobodyOut() throws Exception {
        String home;
        String session;
        try (Browser browser = new Browser(new URL(cluster.base()))) {
            browser.login("coordinator", "openup2018");
            browser.waitFor(By.id("projectCode"));
            home = browser.driver().getCurrentUrl();
            session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        }
        CookieManager coordinator = new CookieManager();
        HttpCookie cookie = new HttpCookie("JSESSIONID", session);
        cookie.setPath("/openup");
        cookie.setVersion(0);
        coordinator.getCookieStore().add(URI.create(cluster.base()), cookie);

        Clients clients = new Clients();
        clients.start(coordinator, home, "id=\"projectCode\"");
        for (int visitor = 0; visitor < 3; visitor++) {
            clients.start(new CookieManager(), cluster.base() + "login.xhtml", "id=\"password\"");
        }
        Thread.sleep(3000);
        for (int node = 1; node <= 2; node++) {
            long started = System.nanoTime();
            // the README's way: the balancer stops sending the node requests, those under way finish, redeploy
            cluster.manage(node, "/subsystem=modcluster/proxy=default:stop-context(context=/openup,"
                    + " virtualhost=default-host, waittime=10)");
            Thread.sleep(3000);
            cluster.manage(node, "deploy --force " + System.getProperty("openup.ear"));
            int redeployed = node;
            cluster.waitUntil(() -> cluster.ready(redeployed) && cluster.status(cluster.node(redeployed)
                    + "login.xhtml") == 200, Duration.ofMinutes(2), "node " + node + " to serve again");
            System.out.println("BENCHMARK cluster rolling redeploy: node" + node + " redeployed and serving after "
                    + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
            Thread.sleep(5000); // the balancer has the node's context again before the other node goes
        }
        clients.stop();
        System.out.println("BENCHMARK cluster rolling redeploy: " + clients.answered + " requests answered, "
                + clients.failures.size() + " failed, the coordinator's session on " + clients.routes);
        assertTrue(clients.failures.isEmpty(), "failed requests: " + clients.failures);
        assertTrue(clients.answered.get() > 100, "the clients kept asking: " + clients.answered);
        assertTrue(clients.routes.size() > 1, "the coordinator's session moved between nodes: " + clients.routes);

        double both = throughput();
        cluster.manage(2, "/subsystem=modcluster/proxy=default:stop(waittime=5)");
        try {
            Thread.sleep(2000);
            double one = throughput();
            System.out.printf("BENCHMARK cluster throughput through the balancer, login page, 8 clients each with"
                    + " its session, 15 s: two nodes %.0f requests/s, one node %.0f requests/s (all on this machine,"
                    + " %d cores)%n", both, one, Runtime.getRuntime().availableProcessors());
        } finally {
            cluster.manage(2, "/subsystem=modcluster/proxy=default:enable");
        }
    }

    /** Requests per second that 8 clients, each with its own session, get through the balancer in 15 seconds. */
    private static double throughput() throws Exception {
        Clients clients = new Clients();
        for (int client = 0; client < 8; client++) {
            clients.start(new CookieManager(), cluster.base() + "login.xhtml", "id=\"password\"");
        }
        long started = System.nanoTime();
        Thread.sleep(15_000);
        clients.stop();
        assertTrue(clients.failures.isEmpty(), "failed requests: " + clients.failures);
        return clients.answered.get() / (Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0);
    }

    /** Clients asking for one page each in a loop until stopped, counting answers and keeping what failed. */
    private static final class Clients {
        final AtomicInteger answered = new AtomicInteger();
        final List<String> failures = Collections.synchronizedList(new ArrayList<>());
        final Set<String> routes = ConcurrentHashMap.newKeySet();
        private final List<Thread> threads = new ArrayList<>();
        private volatile boolean running = true;

        void start(CookieManager cookies, String page, String expected) {
            HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            Thread thread = new Thread(() -> {
                while (running) {
                    try {
                        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                                URI.create(page)).timeout(Duration.ofSeconds(30)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (answer.statusCode() != 200 || !answer.body().contains(expected)) {
                            failures.add(LocalTime.now() + " " + page + " " + answer.statusCode());
                        } else {
                            answered.incrementAndGet();
                        }
                        cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                                .forEach(c -> routes.add(c.getValue().substring(c.getValue().lastIndexOf('.') + 1)));
                    } catch (IOException e) {
                        failures.add(LocalTime.now() + " " + page + " " + e);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            for (Thread thread : threads) {
                thread.join(60_000);
            }
        }
    }

    /** Two users on different nodes save the same supplier: the second is told, nothing is overwritten. */
    @Test
    void theSecondOfTwoUsersOnDifferentNodesIsToldTheRecordChanged() throws Exception {
        long supplier = count("SELECT id FROM supplier WHERE registration_number = ?", "40000000004");
        String first = "Demo Supplier SIA \"Ceļojumi\" (node 1)";
        try (Browser one = new Browser(new URL(cluster.node(1))); Browser two = new Browser(new URL(cluster.node(2)))) {
            for (Browser browser : List.of(one, two)) {
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
        try (Connection connection = LocalCluster.connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
