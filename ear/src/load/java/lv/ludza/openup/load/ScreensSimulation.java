package lv.ludza.openup.load;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.core.CoreDsl.tryMax;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * Not a test: a load test that prints figures (issue 16). Demo users log in through the login form and walk the main
 * screens in a loop, without pause, at 1, 10 and 50 concurrent users one level after the other (closed model); every
 * request is named by its screen and grouped by its level, so Gatling's statistics (and {@link LoadSummary}'s table)
 * give p50 and p99 per screen and level. A request fails (KO) on a status other than 200, on the error page, or when it
 * lands on the login page (a failed login is tried again, see {@link #LOGIN}). The server's heap is sampled meanwhile when the server runs on this machine
 * ({@link HeapSampler}).
 *
 * <p>System properties: {@code load.baseUrl} (http://localhost:8080/openup), {@code load.users} (1,10,50),
 * {@code load.duration} (seconds per level, 60), {@code load.logins} (the demo users), {@code load.copies} (9: their copies
 * {@code <user>.1} … {@code <user>.9} from load-users.sql, so that 50 users log in under distinct names), {@code load.password},
 * {@code load.warmup} (seconds of 2 users before the levels, left out of the summary, 20), {@code load.report} (true: the biggest partner report of the user's project), {@code load.reportPath} (a fixed report
 * page instead), {@code load.export} (false: the expenditure XLSX), {@code load.reportPdf} (false: the report's PDF after its page),
 * {@code load.pauseMs} (0).
 */
public class ScreensSimulation extends Simulation {

    static final String BASE = System.getProperty("load.baseUrl", "http://localhost:8080/openup").replaceAll("/$", "");
    static final List<Integer> LEVELS = Arrays.stream(System.getProperty("load.users", "1,10,50").split(","))
            .map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
    static final Duration DURATION = Duration.ofSeconds(Long.getLong("load.duration", 60));
    static final List<String> LOGINS = logins(System.getProperty("load.logins",
            "coordinator,staff,staff.lt,accountant,accountant.lt,auditor"), Integer.getInteger("load.copies", 9));
    static final String PASSWORD = System.getProperty("load.password", "openup2018");
    static final boolean REPORT = Boolean.parseBoolean(System.getProperty("load.report", "true"));
    static final String REPORT_PATH = System.getProperty("load.reportPath", "");
    static final boolean EXPORT = Boolean.parseBoolean(System.getProperty("load.export", "false"));
    /** After the report page, its PDF (the heaviest download: 3,300 pages for the biggest report). */
    static final boolean REPORT_PDF = Boolean.parseBoolean(System.getProperty("load.reportPdf", "false"));
    static final long PAUSE_MS = Long.getLong("load.pauseMs", 0);
    static final Duration WARMUP = Duration.ofSeconds(Long.getLong("load.warmup", 20));

    private static final AtomicLong NEXT_LOGIN = new AtomicLong();
    private final HeapSampler heap = new HeapSampler(BASE);

    /** The screens, in the order a user walks them: the name in the statistics and the page. */
    static final List<String[]> SCREENS = List.of(
            new String[] {"dashboard", "/index.xhtml"},
            new String[] {"events", "/events/events.xhtml"},
            new String[] {"trips", "/travel/trips.xhtml"},
            new String[] {"works", "/renovation/works.xhtml"},
            new String[] {"assets", "/inventory/assets.xhtml"},
            new String[] {"indicators", "/events/indicators.xhtml"},
            new String[] {"invoices", "/procurement/invoices.xhtml"},
            new String[] {"budget", "/project/budget.xhtml"});

    HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("en")
            .userAgentHeader("openup-load (Gatling)");

    /** A page of the application: 200, not the error page, not the login page (session lost). */
    static HttpRequestActionBuilder page(String name, String path) {
        // substring checks: the biggest report page is ~25 MB of HTML, too big to parse for a CSS selector
        return http(name).get(path).check(status().is(200),
                substring("class=\"ou-error-page").notExists(),
                substring("id=\"username\"").notExists());
    }

    /**
     * Logs in as the next demo user (or copy of one: each concurrent user under a name of its own, as people do). A
     * login that fails is counted as failed and tried again, after a random pause, as the next user, up to 5 times.
     */
    static final ChainBuilder LOGIN = tryMax(5).on(pause(Duration.ZERO, Duration.ofMillis(1500)).exec(session -> session.set("username",
                    LOGINS.get((int) (NEXT_LOGIN.getAndIncrement() % LOGINS.size()))))
            .exec(http("login page").get("/login.xhtml").check(status().is(200),
                    css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"),
                    regex("csp\\.init\\('([^']+)'").saveAs("nonce")))
            .exec(http("login").post("/login.xhtml")
                    .formParam("login", "login")
                    .formParam("username", "#{username}")
                    .formParam("password", PASSWORD)
                    .formParam("submit", "submit")
                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                    .formParam("primefaces.nonce", "#{nonce}")
                    .check(status().is(200), substring("id=\"username\"").notExists(),
                            substring("class=\"ou-error-page").notExists())))
            .exitHereIfFailed();

    static ChainBuilder walk() {
        List<ChainBuilder> steps = new ArrayList<>();
        for (String[] screen : SCREENS) {
            steps.add(exec(page(screen[0], screen[1])));
        }
        steps.add(exec(page("expenditure list", "/procurement/expenditure.xhtml")
                .check(regex("href=\"[^\"]*(/export/expenditure\\.xlsx[^\"]*)\"")
                        .transform(link -> link.replace("&amp;", "&")).optional().saveAs("exportPath"))));
        steps.add(exec(page("reports overview", "/procurement/reports.xhtml").check(bodyString().saveAs("reports"))));
        if (REPORT) {
            steps.add(exec(session -> session.set("reportPath",
                            REPORT_PATH.isEmpty() ? biggestReport(session.getString("reports")) : REPORT_PATH)
                            .remove("reports"))
                    .doIf(session -> !session.getString("reportPath").isEmpty())
                    .then(exec(page("partner report (biggest)", "#{reportPath}"))));
            if (REPORT_PDF) {
                steps.add(doIf(session -> !session.getString("reportPath").isEmpty())
                        .then(exec(http("partner report PDF").get(session -> session.getString("reportPath")
                                .replace("/procurement/report.xhtml", "/export/report.pdf"))
                                .check(status().is(200), header("Content-Type").is("application/pdf")))));
            }
        }
        if (EXPORT) {
            steps.add(doIfExport());
        }
        if (PAUSE_MS > 0) {
            steps.add(pause(Duration.ofMillis(PAUSE_MS)));
        }
        return exec(steps);
    }

    private static ChainBuilder doIfExport() {
        return doIf(session -> session.contains("exportPath"))
                .then(exec(http("expenditure XLSX").get("#{exportPath}").check(status().is(200),
                        header("Content-Type").is(
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))));
    }

    private static final Pattern REPORT_LINK = Pattern.compile("href=\"[^\"]*?(/procurement/report\\.xhtml\\?[^\"]*)\"");
    private static final Pattern NUMBER_CELL = Pattern.compile(
            "<td[^>]*ou-num[^>]*>(?:\\s*<span class=\"ui-column-title\">[^<]*</span>)?([^<]*)</td>");

    /** The partner report with the most items on the reports overview (its table says how many each has). */
    static String biggestReport(String overview) {
        String best = "";
        long most = -1;
        if (overview == null) {
            return best;
        }
        for (String row : overview.split("<tr")) {
            Matcher link = REPORT_LINK.matcher(row);
            Matcher number = NUMBER_CELL.matcher(row);
            if (link.find() && number.find()) {
                String digits = number.group(1).replaceAll("[^0-9]", "");
                long items = digits.isEmpty() ? 0 : Long.parseLong(digits);
                if (items > most) {
                    most = items;
                    best = link.group(1).replace("&amp;", "&");
                }
            }
        }
        return best;
    }

    /**
     * The demo users first, then their copies {@code <user>.1} … (ear/src/load/sql/load-users.sql adds them): each
     * concurrent user of a level logs in under a name of its own, as long as there are enough.
     */
    static List<String> logins(String names, int copies) {
        List<String> demo = Arrays.stream(names.split(",")).map(String::trim).filter(n -> !n.isEmpty()).toList();
        List<String> all = new ArrayList<>(demo);
        for (int k = 1; k <= copies; k++) {
            for (String name : demo) {
                all.add(name + "." + k);
            }
        }
        return all;
    }

    static String levelName(int users) {
        return users + (users == 1 ? " user" : " users");
    }

    {
        Iterator<Integer> levels = LEVELS.iterator();
        PopulationBuilder population;
        if (WARMUP.isZero()) {
            int first = levels.next();
            population = level(levelName(first), first, DURATION);
        } else {
            population = level("warm-up", 2, WARMUP);
        }
        while (levels.hasNext()) {
            int users = levels.next();
            population = population.andThen(level(levelName(users), users, DURATION));
        }
        setUp(population).protocols(protocol)
                .maxDuration(DURATION.multipliedBy(LEVELS.size()).plus(WARMUP).plusMinutes(10));
    }

    /** A level: this many users, each logged in once, walking the screens until the level's time is up. */
    private PopulationBuilder level(String name, int users, Duration duration) {
        return scenario(name)
                .exec(session -> {
                    heap.level(name);
                    return session;
                })
                .group(name).on(exec(LOGIN).during(duration).on(walk()))
                .injectClosed(constantConcurrentUsers(users).during(duration));
    }

    @Override
    public void before() {
        System.out.printf("LOAD %s, levels %s users, %d s each, %d logins from %s%n", BASE, LEVELS, DURATION.toSeconds(),
                LOGINS.size(), LOGINS.get(0));
        heap.start();
    }

    @Override
    public void after() {
        heap.stop();
    }
}
