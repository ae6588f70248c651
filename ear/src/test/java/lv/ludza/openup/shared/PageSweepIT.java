package lv.ludza.openup.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lv.ludza.openup.events.Event;
import lv.ludza.openup.inventory.Asset;
import lv.ludza.openup.inventory.StockTake;
import lv.ludza.openup.it.AsUser;
import lv.ludza.openup.it.RecordProbe;
import lv.ludza.openup.it.Services;
import lv.ludza.openup.it.WebSession;
import lv.ludza.openup.procurement.BankStatement;
import lv.ludza.openup.procurement.Contract;
import lv.ludza.openup.procurement.ExpenditureItem;
import lv.ludza.openup.procurement.Invoice;
import lv.ludza.openup.procurement.InvoiceLine;
import lv.ludza.openup.procurement.ProcurementProcedure;
import lv.ludza.openup.procurement.Supplier;
import lv.ludza.openup.project.Project;
import lv.ludza.openup.renovation.Defect;
import lv.ludza.openup.renovation.Works;
import lv.ludza.openup.travel.TravelOrder;
import lv.ludza.openup.travel.Trip;

/**
 * The page sweep: every page of the application, for every demo user in Latvian, Lithuanian and English, and every
 * record page of the demo data for the administrator, must open without an error page, a server error, a stack
 * trace, a bundle key shown instead of its text or a code shown instead of its name. A record of a project the user
 * does not take part in is refused (403, with the reason), and so are its downloads; a malformed or unknown id is
 * "not found" (404). The pages are found in the web module's sources, so a new page is swept without being listed
 * here; a new page that opens a record by a parameter must say here which records it shows.
 */
@ExtendWith(ArquillianExtension.class)
class PageSweepIT {

    private static final List<String> LANGUAGES = List.of("lv", "lt", "en");
    private static final String PASSWORD = AsUser.DEMO_PASSWORD;
    private static final String SECOND_PROJECT = "READ-2020";
    /** Every demo user, each a role or a partner the pages show differently. */
    private static final List<String> USERS = List.of("admin", "coordinator", "staff", "accountant", "auditor",
            "staff.lt", "accountant.lt");
    /** The users whose organisation is not in READ ON (Rokiškis). */
    private static final Set<String> OUTSIDERS = Set.of("staff.lt", "accountant.lt");
    /** Pages a role may not open at all (web.xml): answered with 403. */
    private static final Map<String, Set<String>> RESTRICTED = Map.of(
            "/admin/users.xhtml", Set.of("admin"),
            "/admin/logins.xhtml", Set.of("admin"),
            "/admin/mail.xhtml", Set.of("admin"),
            "/project/edit.xhtml", Set.of("admin", "coordinator"),
            "/project/personal-data.xhtml", Set.of("admin", "coordinator"));

    private static final Pattern VIEW_PARAM = Pattern.compile("<f:viewParam\\s+name=\"([^\"]+)\"");
    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\bat [a-z]+(\\.[\\w$]+)+\\([\\w$]+\\.java:\\d+\\)|java\\.lang\\.\\w+(Exception|Error)|Caused by:");
    /**
     * Words in capitals: one that is the name of an enum constant (IN_USE, TRAVEL_ACCOMMODATION, SEMINAR) is a code
     * shown instead of its name (an acronym of several words, OPEN UP, is not).
     */
    private static final Pattern CODE_IN_TEXT = Pattern.compile(
            "(?<![\\w-])[A-Z][A-Z0-9_]*[A-Z0-9](?: [A-Z][A-Z0-9_]*[A-Z0-9])*(?![\\w-])");
    private static final Pattern LINK = Pattern.compile("href=\"(/openup/(export|documents)/[^\"#]*)\"");

    @ArquillianResource
    private URL testModule;

    private String base;
    private RecordProbe probe;
    private long readOn;
    private Set<String> codes;

    @BeforeEach
    void setUp() {
        base = testModule.getProtocol() + "://" + testModule.getHost() + ":" + testModule.getPort() + "/openup";
        probe = Services.lookup(RecordProbe.class);
        readOn = probe.projectId(SECOND_PROJECT);
        codes = probe.enumConstants();
    }

    /** Record pages that show nothing without their record (404), rather than a form for a new one. */
    private static final Set<String> NEED_A_RECORD = Set.of("/renovation/acceptance.xhtml", "/renovation/defect.xhtml",
            "/travel/order.xhtml", "/inventory/stocktake.xhtml", "/inventory/from-invoice.xhtml",
            "/procurement/report.xhtml", "/procurement/item.xhtml");

    /** The addresses of the records each record page shows, by the page's parameters. */
    private Map<String, Function<RecordProbe, List<Address>>> recordPages() {
        Map<String, Function<RecordProbe, List<Address>>> pages = new LinkedHashMap<>();
        pages.put("/procurement/invoice.xhtml", p -> byId(p, Invoice.class, "id"));
        pages.put("/procurement/contract.xhtml", p -> byId(p, Contract.class, "id"));
        pages.put("/procurement/statement.xhtml", p -> byId(p, BankStatement.class, "id"));
        pages.put("/procurement/procedure.xhtml", p -> byId(p, ProcurementProcedure.class, "id"));
        pages.put("/procurement/item.xhtml", p -> byId(p, ExpenditureItem.class, "id"));
        pages.put("/procurement/supplier.xhtml", p -> p.all(Supplier.class).stream()
                .map(id -> new Address("?id=" + id, null)).toList());
        pages.put("/procurement/report.xhtml", p -> p.rows("SELECT p.id, r.id, p.project.id FROM Partner p,"
                + " ReportingPeriod r WHERE r.project = p.project ORDER BY p.id, r.id").stream()
                .map(row -> new Address("?partner=" + row[0] + "&period=" + row[1], (Long) row[2])).toList());
        pages.put("/procurement/expenditure.xhtml", p -> p.rows("SELECT p.id, p.project.id FROM Partner p ORDER BY p.id")
                .stream().map(row -> new Address("?partner=" + row[0], (Long) row[1])).toList());
        pages.put("/events/event.xhtml", p -> byId(p, Event.class, "id"));
        pages.put("/inventory/asset.xhtml", p -> byId(p, Asset.class, "id"));
        pages.put("/inventory/stocktake.xhtml", p -> byId(p, StockTake.class, "id"));
        pages.put("/inventory/from-invoice.xhtml", p -> byId(p, InvoiceLine.class, "line"));
        pages.put("/travel/trip.xhtml", p -> byId(p, Trip.class, "id"));
        pages.put("/travel/order.xhtml", p -> byId(p, TravelOrder.class, "id"));
        pages.put("/renovation/work.xhtml", p -> byId(p, Works.class, "id"));
        pages.put("/renovation/acceptance.xhtml", p -> byId(p, Works.class, "id"));
        pages.put("/renovation/defect.xhtml", p -> byId(p, Defect.class, "id"));
        pages.put("/project/edit.xhtml", p -> byId(p, Project.class, "id"));
        return pages;
    }

    private static List<Address> byId(RecordProbe probe, Class<?> type, String parameter) {
        return probe.all(type).stream().map(id -> new Address("?" + parameter + "=" + id, probe.projectOf(type, id)))
                .toList();
    }

    /** A record page's query string and the project of its record (null for records every project shares). */
    private record Address(String query, Long project) {
    }

    @Test
    void everyPageOpensForEveryUserInEveryLanguage() throws IOException {
        Map<String, List<Address>> records = new TreeMap<>();
        recordPages().forEach((page, addresses) -> records.put(page, addresses.apply(probe)));
        List<String> problems = new ArrayList<>();
        int opened = 0;
        for (String user : USERS) {
            for (String language : LANGUAGES) {
                WebSession session = WebSession.login(base, user, PASSWORD, language);
                for (String page : pages()) {
                    boolean allowed = !RESTRICTED.containsKey(page) || RESTRICTED.get(page).contains(user);
                    List<String> addresses = new ArrayList<>();
                    if (!NEED_A_RECORD.contains(page)) {
                        addresses.add("");
                    }
                    if (records.containsKey(page)) {
                        // one record of each kind: READ ON's where the user sees it (every relation filled), else OPEN UP's
                        records.get(page).stream().filter(a -> !OUTSIDERS.contains(user) || !Long.valueOf(readOn)
                                .equals(a.project())).reduce((first, next) -> Long.valueOf(readOn).equals(next.project())
                                        && !Long.valueOf(readOn).equals(first.project()) ? next : first)
                                .ifPresent(a -> addresses.add(a.query()));
                    }
                    for (String query : addresses) {
                        WebSession.Page opened1 = session.get(page + query);
                        opened++;
                        problems.addAll(problems(user, language, page + query, opened1, allowed ? 200 : 403));
                    }
                }
            }
            restoreLanguage(user);
        }
        assertEquals(List.of(), problems);
        assertTrue(opened > 500, "pages opened: " + opened);
    }

    @Test
    void everyRecordOpensForTheAdministrator() {
        WebSession admin = WebSession.login(base, "admin", PASSWORD, "lv");
        List<String> problems = new ArrayList<>();
        int opened = 0;
        for (Map.Entry<String, Function<RecordProbe, List<Address>>> page : recordPages().entrySet()) {
            for (Address address : page.getValue().apply(probe)) {
                problems.addAll(problems("admin", "lv", page.getKey() + address.query(),
                        admin.get(page.getKey() + address.query()), 200));
                opened++;
            }
        }
        restoreLanguage("admin");
        assertEquals(List.of(), problems);
        assertTrue(opened > 150, "records opened: " + opened);
    }

    @Test
    void recordsAndDownloadsOfAnotherProjectAreRefused() {
        WebSession coordinator = WebSession.login(base, "coordinator", PASSWORD, "lv");
        WebSession outsider = WebSession.login(base, "staff.lt", PASSWORD, "lt");
        List<String> problems = new ArrayList<>();
        Set<String> downloads = new LinkedHashSet<>();
        int refused = 0;
        for (Map.Entry<String, Function<RecordProbe, List<Address>>> page : recordPages().entrySet()) {
            for (Address address : page.getValue().apply(probe)) {
                if (!Long.valueOf(readOn).equals(address.project())) {
                    continue;
                }
                String path = page.getKey() + address.query();
                downloads.addAll(downloadsOn(coordinator.get(path)));
                WebSession.Page refusal = outsider.get(path);
                if (refusal.status() != 403 || !RESTRICTED.containsKey(page.getKey())
                        && !refusal.text().contains("Šis įrašas priklauso projektui, kuriame jūsų organizacija nedalyvauja")) {
                    problems.add(path + " as staff.lt: HTTP " + refusal.status());
                } else {
                    refused++;
                }
            }
        }
        for (String download : downloads) {
            int status = outsider.get(download).status();
            if (status != 403 && status != 404) {
                problems.add(download + " as staff.lt: HTTP " + status);
            } else {
                refused++;
            }
        }
        restoreLanguage("coordinator");
        restoreLanguage("staff.lt");
        assertEquals(List.of(), problems);
        assertTrue(downloads.stream().anyMatch(d -> d.startsWith("/documents/file/")), "downloads: " + downloads);
        assertTrue(downloads.stream().anyMatch(d -> d.startsWith("/export/")), "downloads: " + downloads);
        assertTrue(refused > 20, "refused: " + refused);
    }

    @Test
    void aMalformedOrUnknownIdIsNotFound() {
        WebSession admin = WebSession.login(base, "admin", PASSWORD, "en");
        List<String> problems = new ArrayList<>();
        Set<String> downloads = new TreeSet<>();
        for (Map.Entry<String, Function<RecordProbe, List<Address>>> page : recordPages().entrySet()) {
            List<Address> addresses = page.getValue().apply(probe);
            for (Address address : List.of(addresses.get(0), addresses.get(addresses.size() - 1))) {
                downloads.addAll(downloadsOn(admin.get(page.getKey() + address.query())));
            }
            String parameters = addresses.get(0).query();
            for (String wrong : List.of("abc", "1234567890123456789012345678901234567890", "999999999", "-1", "1.5")) {
                String path = page.getKey() + parameters.replaceAll("=[^&]+", "=" + wrong);
                WebSession.Page answer = admin.get(path);
                if (answer.status() != 404 || !answer.body().contains("There is no page at this address")) {
                    problems.add(path + ": HTTP " + answer.status());
                }
            }
        }
        assertTrue(downloads.size() > 10, "downloads: " + downloads);
        for (String download : downloads) {
            for (String wrong : List.of("abc", "999999999", "")) {
                String path = download.matches("/documents/file/\\d+.*") ? download.replaceFirst("\\d+", wrong)
                        : download.replaceAll("=\\d+", "=" + wrong);
                if (path.equals(download)) {
                    continue;
                }
                int status = admin.get(path).status();
                if (status != 404) {
                    problems.add(path + ": HTTP " + status);
                }
            }
        }
        restoreLanguage("admin");
        assertEquals(List.of(), problems);
    }

    @Test
    void aFileThatCannotBeMadeSaysWhy() {
        // READ ON's seminar guest with a seat who did not come (by what she is, not by name: the data shredder may
        // have anonymised READ ON's participants, PrivacyIT)
        long notAttended = (Long) probe.rows("SELECT r.id, r.name FROM Registration r WHERE r.event.project.code ="
                + " 'READ-2020' AND r.status = lv.ludza.openup.events.RegistrationStatus.CONFIRMED AND NOT EXISTS"
                + " (SELECT a FROM Attendance a WHERE a.registration = r) ORDER BY r.id").get(0)[0];
        WebSession coordinator = WebSession.login(base, "coordinator", PASSWORD, "en");
        WebSession.Page refused = coordinator.get("/export/events/certificate.pdf?registration=" + notAttended);
        restoreLanguage("coordinator");
        assertEquals(409, refused.status());
        assertTrue(refused.text().contains("A certificate is only issued to someone who attended."), refused.text());
    }

    @Test
    void anotherPartnersRecordOpensReadOnly() {
        long ludzaLaptop = id("SELECT a.id, a.inventoryNumber FROM Asset a WHERE a.inventoryNumber = 'LUD-2018-0001'");
        long rokiskisConsole = id("SELECT a.id, a.inventoryNumber FROM Asset a WHERE a.inventoryNumber = 'ROK-2018-0001'");
        long ludzaInvoice = id("SELECT i.id, i.number FROM Invoice i WHERE i.number = 'DT-2018/0620'");
        long rokiskisInvoice = id("SELECT i.id, i.number FROM Invoice i WHERE i.number = 'DT-2018/0912'");
        WebSession staff = WebSession.login(base, "staff.lt", PASSWORD, "lt");
        String ludzas = staff.get("/inventory/asset.xhtml?id=" + ludzaLaptop).body();
        String own = staff.get("/inventory/asset.xhtml?id=" + rokiskisConsole).body();
        String partners = staff.get("/inventory/stocktakes.xhtml").text();
        WebSession accountant = WebSession.login(base, "accountant.lt", PASSWORD, "lt");
        String ludzasInvoice = accountant.get("/procurement/invoice.xhtml?id=" + ludzaInvoice).body();
        String ownInvoice = accountant.get("/procurement/invoice.xhtml?id=" + rokiskisInvoice).body();
        restoreLanguage("staff.lt");
        restoreLanguage("accountant.lt");

        for (String action : List.of("id=\"asset:save\"", "id=\"lifecycle:checkOut\"", "id=\"lifecycle:dispose\"",
                "type=\"file\"")) {
            assertTrue(!ludzas.contains(action), "Ludza's asset offers Rokiškis staff " + action);
            assertTrue(own.contains(action), "Rokiškis' own asset does not offer " + action);
        }
        assertTrue(!ludzasInvoice.contains("id=\"invoice:save\""), "Ludza's invoice offers a Rokiškis accountant Save");
        assertTrue(ownInvoice.contains("id=\"invoice:save\""), "Rokiškis' own invoice has no Save");
        // a stock-take starts only for the user's own partner
        String choice = partners.substring(partners.indexOf("id=\"start:partner\""));
        choice = choice.substring(0, choice.indexOf("</select>"));
        assertTrue(choice.contains(">Rokiškis<") && !choice.contains(">Ludza<") && !choice.contains(">Jēkabpils<"), choice);
    }

    private long id(String query) {
        return (Long) probe.rows(query).get(0)[0];
    }

    /** The downloads a page links to (exports and documents), by their path in the application. */
    private static Set<String> downloadsOn(WebSession.Page page) {
        Set<String> downloads = new LinkedHashSet<>();
        Matcher link = LINK.matcher(page.body());
        while (link.find()) {
            downloads.add(link.group(1).replace("&amp;", "&").substring("/openup".length()));
        }
        return downloads;
    }

    /** Every page of the web module, from its sources: what a user can open by its address. */
    private static List<String> pages() throws IOException {
        Path webapp = Path.of(System.getProperty("openup.it.webapp"));
        try (Stream<Path> files = Files.walk(webapp)) {
            Set<String> pages = new TreeSet<>();
            files.filter(f -> f.toString().endsWith(".xhtml")).map(f -> "/" + webapp.relativize(f).toString())
                    .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/") && !p.startsWith("/error/")
                            && !p.equals("/login.xhtml"))
                    .forEach(pages::add);
            assertTrue(pages.size() > 30, "pages: " + pages);
            return List.copyOf(pages);
        }
    }

    @Test
    void everyPageThatOpensARecordIsSwept() throws IOException {
        Path webapp = Path.of(System.getProperty("openup.it.webapp"));
        Set<String> known = recordPages().keySet();
        List<String> unknown = new ArrayList<>();
        for (String page : pages()) {
            Matcher parameter = VIEW_PARAM.matcher(Files.readString(webapp.resolve(page.substring(1))));
            if (parameter.find() && !known.contains(page)) {
                unknown.add(page + " (" + parameter.group(1) + ")");
            }
        }
        assertEquals(List.of(), unknown, "pages with parameters the sweep does not know how to fill");
    }

    private List<String> problems(String user, String language, String path, WebSession.Page page, int expected) {
        List<String> problems = new ArrayList<>();
        String where = path + " (" + user + ", " + language + ")";
        if (page.status() != expected) {
            problems.add(where + ": HTTP " + page.status() + " instead of " + expected);
        }
        if (!page.isHtml()) {
            return problems;
        }
        String body = page.body();
        if (expected == 200 && body.contains("id=\"errorPage\"")) {
            problems.add(where + ": error page");
        }
        Matcher trace = STACK_TRACE.matcher(body);
        if (trace.find()) {
            problems.add(where + ": stack trace " + trace.group());
        }
        int key = body.indexOf("???");
        if (key >= 0) {
            problems.add(where + ": untranslated " + body.substring(key, Math.min(body.length(), key + 60)));
        }
        if (!language.equals(page.lang())) {
            problems.add(where + ": lang=" + page.lang());
        }
        Matcher code = CODE_IN_TEXT.matcher(text(page.text()));
        while (code.find()) {
            if (codes.contains(code.group()) && code.group().length() > 2) {
                problems.add(where + ": code in the text: " + code.group());
                break;
            }
        }
        return problems;
    }

    /** What a reader sees: the page without its scripts, styles, codes the user typed, tags and attributes. */
    private static String text(String html) {
        return html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<style.*?</style>", " ")
                .replaceAll("(?s)<code.*?</code>", " ")
                .replaceAll("(?s)<[^>]*>", " ");
    }

    /** The sweep chose languages on the login page, which the users keep: give each user theirs back. */
    private void restoreLanguage(String user) {
        String own = switch (user) {
            case "auditor" -> "en";
            case "staff.lt", "accountant.lt" -> "lt";
            default -> "lv";
        };
        WebSession.login(base, user, PASSWORD, own);
    }
}
