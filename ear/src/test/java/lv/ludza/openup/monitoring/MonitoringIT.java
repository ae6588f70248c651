package lv.ludza.openup.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.management.Attribute;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lv.ludza.openup.documents.DocumentOwner;
import lv.ludza.openup.documents.DocumentService;
import lv.ludza.openup.it.AsUser;
import lv.ludza.openup.it.RecordProbe;
import lv.ludza.openup.it.Services;
import lv.ludza.openup.it.WebSession;
import lv.ludza.openup.procurement.Invoice;
import lv.ludza.openup.security.AppUser;
import lv.ludza.openup.security.Role;
import lv.ludza.openup.security.SecurityEvents;
import lv.ludza.openup.security.UserService;

/**
 * What municipal IT's monitoring reads, as it reads it: the health and metrics endpoints of the management
 * interface over HTTP (as configured by monitoring.cli), and the application's log file on the server's disk —
 * each security event in its category, each request's lines with its id and user, and the JSON lines the
 * OPENUP_LOG_JSON switch selects.
 */
@ExtendWith(ArquillianExtension.class)
class MonitoringIT {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{([^}]*)\\})? (\\S+)$");

    @ArquillianResource
    private URL testModule;

    private String base;
    private String management;
    private AsUser as;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void setUp() {
        base = testModule.getProtocol() + "://" + testModule.getHost() + ":" + testModule.getPort() + "/openup";
        management = "http://127.0.0.1:" + (9990 + Integer.getInteger("jboss.socket.binding.port-offset", 0));
        as = Services.lookup(AsUser.class);
    }

    @Test
    void readinessAndLivenessAreUpWithTheApplicationsChecks() throws Exception {
        HttpResponse<String> ready = get(management + "/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        JsonObject health = Json.createReader(new StringReader(ready.body())).readObject();
        assertEquals("UP", health.getString("status"));
        Map<String, JsonObject> checks = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(check -> check.getString("name"), check -> check));
        assertEquals("UP", checks.get("openup-database").getString("status"), ready.body());
        assertEquals("UP", checks.get("openup-schema").getString("status"), ready.body());
        assertTrue(checks.get("openup-schema").getJsonObject("data").getString("version").matches("\\d+"), ready.body());
        assertEquals("UP", checks.get("deployments-status").getString("status"), "WildFly's own checks are there too");

        HttpResponse<String> live = get(management + "/health/live");
        assertEquals(200, live.statusCode(), live.body());
        assertTrue(live.body().contains("\"status\":\"UP\""), live.body());
    }

    @Test
    void metricsCarryTheServersAndTheApplicationsFiguresInPrometheusFormat() throws Exception {
        HttpResponse<String> response = get(management + "/metrics");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("# TYPE openup_logins_total counter"), "Prometheus text format");
        List<String> names = samples(response.body()).stream().map(m -> m.group(1)).distinct().toList();
        for (String expected : List.of("jvm_memory_used_bytes", "datasources_pool_in_use_count",
                "undertow_request_count_total", "openup_logins_total", "openup_documents_stored",
                "openup_documents_bytes", "openup_defects_open", "openup_loans_overdue", "openup_expenditure_items",
                "openup_mails")) {
            assertTrue(names.contains(expected), expected + " in " + names);
        }
        assertTrue(value(response.body(), "datasources_pool_in_use_count", "OpenUpDS").isPresent(),
                "the application's pool by name");
        for (String status : List.of("DRAFT", "SUBMITTED", "IN_CONTROL", "CERTIFIED", "UNREPORTED")) {
            assertTrue(value(response.body(), "openup_expenditure_items", "report_status=\"" + status + "\"").isPresent(),
                    status);
        }
        for (String status : List.of("QUEUED", "SENDING", "SENT", "FAILED")) {
            assertTrue(value(response.body(), "openup_mails", "status=\"" + status + "\"").isPresent(), status);
        }
    }

    @Test
    void aStoredDocumentShowsInTheDocumentMetricsWithinARefresh() throws Exception {
        RecordProbe probe = Services.lookup(RecordProbe.class);
        long invoice = probe.any(Invoice.class).orElseThrow();
        double documents = metric("openup_documents_stored", "");
        double bytes = metric("openup_documents_bytes", "");
        byte[] pdf = ("%PDF-1.4\n% metrics " + System.nanoTime() + "\ntrailer << >>\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
        as.call("accountant", () -> Services.lookup(DocumentService.class).attach(DocumentOwner.INVOICE, invoice,
                "metrics.pdf", pdf, null));
        assertTrue(waitFor(() -> metric("openup_documents_stored", "") == documents + 1
                && metric("openup_documents_bytes", "") == bytes + pdf.length, Duration.ofSeconds(40)),
                "one more document of " + pdf.length + " bytes in the metrics within the 15 s refresh: " + documents
                        + " documents, " + bytes + " bytes before; " + samples(get(management + "/metrics").body())
                        .stream().map(Matcher::group).filter(line -> line.startsWith("openup_documents")).toList());
    }

    @Test
    void aFailedLoginIsCountedAndLoggedAsASecurityEventWithItsRequest() throws Exception {
        double failed = metric("openup_logins_total", "outcome=\"failed\"");
        String name = "nobody-" + Long.toString(System.nanoTime(), 36);
        WebSession visitor = new WebSession(base);
        WebSession.Page refused = visitor.submitLogin(visitor.get("/login.xhtml"), name, "Nepareiza parole 1");
        String requestId = refused.header("X-Request-ID");
        assertNotNull(requestId, "the response names its request");

        assertEquals(failed + 1, metric("openup_logins_total", "outcome=\"failed\""));
        String line = logLine(l -> l.contains("name=" + name));
        assertTrue(line.contains("[" + SecurityEvents.CATEGORY + "]"), line);
        assertTrue(line.contains("login outcome=UNKNOWN_USER name=" + name + " address="), line);
        assertTrue(line.contains("[" + requestId + " -]"), "the request's id, nobody logged in yet: " + line);
    }

    @Test
    void anExportCarriesTheUserInEveryLineOfItsRequest() throws Exception {
        WebSession staff = WebSession.login(base, "staff", AsUser.DEMO_PASSWORD, "en");
        WebSession.Page download = staff.get("/export/assets-template.xlsx");
        assertEquals(200, download.status());
        String requestId = download.header("X-Request-ID");
        String line = logLine(l -> l.contains("[" + requestId + " staff]"));
        assertTrue(line.contains("[" + SecurityEvents.CATEGORY + "] "), line);
        assertTrue(line.contains("export file=/assets-template.xlsx by=staff"), line);
    }

    @Test
    void roleChangesDeactivationsAndDeletionsAreSecurityEvents() throws Exception {
        UserService users = Services.lookup(UserService.class);
        String name = "events-" + Long.toString(System.nanoTime(), 36);
        AppUser user = new AppUser(name, "Events test", "-");
        user.setRoles(EnumSet.of(Role.STAFF));
        as.call("admin", () -> users.create(user, "Pirmā parole 2019".toCharArray()));
        assertTrue(logLine(l -> l.contains("user-created user=" + name)).contains(" by=admin"));

        AppUser saved = as.call("admin", () -> users.findAll()).stream().filter(u -> u.getUsername().equals(name))
                .findFirst().orElseThrow();
        saved.setRoles(EnumSet.of(Role.STAFF, Role.ACCOUNTANT));
        saved.setActive(false);
        as.call("admin", () -> users.update(saved));
        assertTrue(logLine(l -> l.contains("roles-changed user=" + name + " from=[STAFF]"))
                .contains("to=[ACCOUNTANT,STAFF] by=admin"));
        assertTrue(logLine(l -> l.contains("deactivated user=" + name)).contains(" by=admin"));

        RecordProbe probe = Services.lookup(RecordProbe.class);
        long invoice = probe.any(Invoice.class).orElseThrow();
        DocumentService documents = Services.lookup(DocumentService.class);
        byte[] pdf = ("%PDF-1.4\n% delete " + System.nanoTime() + "\ntrailer << >>\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
        long id = as.call("accountant", () -> documents.attach(DocumentOwner.INVOICE, invoice, "gone.pdf", pdf, null)).getId();
        as.run("accountant", () -> documents.delete(id));
        assertTrue(logLine(l -> l.contains("deleted record=Document id=" + id + " ")).contains("by=accountant"));
    }

    /**
     * The JSON lines: by default (OPENUP_LOG_JSON unset) the text handler writes openup.log; switched as the
     * variable switches it, the same file gets one JSON object a line with the request and user in its mdc.
     */
    @Test
    void withJsonLogsEachLineIsAJsonObjectWithTheRequestAndUser() throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName text = new ObjectName("jboss.as:subsystem=logging,periodic-rotating-file-handler=OPENUP");
        ObjectName json = new ObjectName("jboss.as:subsystem=logging,periodic-rotating-file-handler=OPENUP-JSON");
        ObjectName textExpression = new ObjectName("jboss.as.expr:subsystem=logging,periodic-rotating-file-handler=OPENUP");
        ObjectName jsonExpression = new ObjectName("jboss.as.expr:subsystem=logging,periodic-rotating-file-handler=OPENUP-JSON");
        assertEquals(Boolean.TRUE, server.getAttribute(text, "enabled"), "text lines unless OPENUP_LOG_JSON=true");
        assertEquals(Boolean.FALSE, server.getAttribute(json, "enabled"));
        Object textSwitch = server.getAttribute(textExpression, "enabled");
        Object jsonSwitch = server.getAttribute(jsonExpression, "enabled");
        assertEquals("${env.OPENUP_LOG_JSON:false}", jsonSwitch);
        String name = "json-" + Long.toString(System.nanoTime(), 36);
        String requestId;
        try {
            server.setAttribute(json, new Attribute("enabled", true));
            server.setAttribute(text, new Attribute("enabled", false));
            WebSession visitor = new WebSession(base);
            requestId = visitor.submitLogin(visitor.get("/login.xhtml"), name, "Nepareiza parole 1").header("X-Request-ID");
        } finally {
            server.setAttribute(textExpression, new Attribute("enabled", textSwitch));
            server.setAttribute(jsonExpression, new Attribute("enabled", jsonSwitch));
        }
        String line = logLine(l -> l.contains(name));
        JsonObject record = Json.createReader(new StringReader(line)).readObject();
        assertEquals(SecurityEvents.CATEGORY, record.getString("loggerName"), line);
        assertEquals("INFO", record.getString("level"));
        assertTrue(record.getString("message").startsWith("login outcome=UNKNOWN_USER name=" + name), line);
        assertEquals(requestId, record.getJsonObject("mdc").getString("request"), line);
        assertEquals("-", record.getJsonObject("mdc").getString("user"), line);
        assertEquals("openup", record.getString("application"), line);
        assertEquals(Boolean.TRUE, server.getAttribute(text, "enabled"), "back to text lines");
        assertEquals(Boolean.FALSE, server.getAttribute(json, "enabled"));
    }

    private HttpResponse<String> get(String address) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private double metric(String name, String label) throws Exception {
        return value(get(management + "/metrics").body(), name, label)
                .orElseThrow(() -> new AssertionError(name + "{" + label + "} not in /metrics"));
    }

    private static Optional<Double> value(String metrics, String name, String label) {
        return samples(metrics).stream()
                .filter(m -> m.group(1).equals(name) && (m.group(3) == null ? "" : m.group(3)).contains(label))
                .map(m -> Double.valueOf(m.group(4))).findFirst();
    }

    private static List<Matcher> samples(String metrics) {
        return metrics.lines().filter(line -> !line.startsWith("#")).map(SAMPLE::matcher).filter(Matcher::matches)
                .toList();
    }

    /** The last line of openup.log that matches (the server's log directory: this test runs inside the server). */
    private static String logLine(Predicate<String> wanted) throws IOException {
        Path log = Path.of(System.getProperty("jboss.server.log.dir"), "openup.log");
        List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (wanted.test(lines.get(i))) {
                return lines.get(i);
            }
        }
        throw new AssertionError("no such line in " + log);
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static boolean waitFor(Condition condition, Duration longest) throws Exception {
        long end = System.nanoTime() + longest.toNanos();
        while (System.nanoTime() < end) {
            if (condition.holds()) {
                return true;
            }
            Thread.sleep(500);
        }
        return condition.holds();
    }
}
