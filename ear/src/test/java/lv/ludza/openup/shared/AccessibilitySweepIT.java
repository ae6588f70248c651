package lv.ludza.openup.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

import lv.ludza.openup.it.Accessibility;
import lv.ludza.openup.it.AsUser;
import lv.ludza.openup.it.Browser;
import lv.ludza.openup.it.ClientTest;

/**
 * WCAG 2.1 A and AA (axe-core) on every page of the application, in a real browser: the administrator, who sees
 * every page and every control, in Latvian, Lithuanian and English, and the roles that see records read-only in one
 * of the languages; every dialog a page has, opened (as the administrator, in Latvian: a dialog's structure is the
 * same in every language); the page at 320 px wide; the login page, the
 * accessibility statement and the error pages. The pages are found as a user finds them, by following the links
 * from the dashboard, and compared with the pages in the sources: a new page no link reaches fails here, so a new
 * page cannot go without the check.
 *
 * <p>The pages are the same on either database: the sweep runs in the H2 pass of the build (not again on
 * PostgreSQL).
 */
class AccessibilitySweepIT extends ClientTest {

    /**
     * Who looks, in which language: the administrator, who is offered every control, in every language; a partner's
     * staff, who see the other partners' records read-only, and the auditor, who sees everything read-only (the
     * coordinator's and the accountants' pages hold a subset of the administrator's controls).
     */
    private static final List<String[]> LOOKERS = List.of(
            new String[] {"admin", "lv"}, new String[] {"admin", "lt"}, new String[] {"admin", "en"},
            new String[] {"staff.lt", "lt"}, new String[] {"auditor", "en"});

    /** A link of the application's own pages, found in a page: its links and the scripts of its buttons. */
    private static final String LINKS = """
            const found = new Set();
            document.querySelectorAll('a[href]').forEach(a => found.add(a.href));
            document.querySelectorAll('script').forEach(s => {
                const text = s.textContent.replace(/\\\\(.)/g, '$1');
                for (const m of text.matchAll(/window\\.open\\('([^']+)'/g)) {
                    found.add(new URL(m[1], location.href).href);
                }
            });
            return [...found];""";

    /** A control whose name hides a property of its form (PrimeFaces' scripts then fail on that form). */
    private static final String HIDDEN_FORM_PROPERTIES = """
            return [...document.forms].flatMap(f => [...f.elements]
                .filter(e => e.name && (e.name in HTMLFormElement.prototype))
                .map(e => (f.id || f.name) + ' has a control named ' + e.name));""";

    /** The dialogs of the page (PrimeFaces widgets), by widget name and element id. */
    private static final String DIALOGS = """
            if (!window.PrimeFaces) { return []; }
            return Object.values(PrimeFaces.widgets)
                .filter(w => w && w.jq && PrimeFaces.widget.Dialog && w instanceof PrimeFaces.widget.Dialog)
                .map(w => [w.widgetVar, w.id]);""";

    @Test
    void everyPageEveryDialogInEveryLanguageMeetsWcag21AA() {
        assumeFalse("postgresql".equals(System.getProperty("openup.db")),
                "the pages do not depend on the database: swept in the H2 pass");
        List<String> problems = new ArrayList<>();
        Map<String, String> pages;
        try (Browser browser = new Browser(base)) {
            browser.login("admin", AsUser.DEMO_PASSWORD);
            browser.waitFor(By.cssSelector("main"));
            String own = browser.driver().findElement(By.tagName("html")).getAttribute("lang");
            browser.chooseLanguage("lv");
            pages = crawl(browser, problems);
            browser.chooseLanguage(own);
        }
        Set<String> missing = new TreeSet<>(sourcePages());
        missing.removeAll(pages.keySet());
        missing.removeIf(p -> p.equals("/login.xhtml") || p.startsWith("/error/") || p.equals("/accessibility.xhtml"));
        missing.forEach(p -> problems.add(p + ": no link reaches it from the dashboard, so nobody checked it"));
        System.out.println("ACCESSIBILITY pages found by their links: " + pages.size() + " " + pages.keySet());

        for (String[] looker : LOOKERS) {
            String user = looker[0];
            String language = looker[1];
            long started = System.nanoTime();
            try (Browser browser = new Browser(base)) {
                browser.login(user, AsUser.DEMO_PASSWORD);
                browser.waitFor(By.cssSelector("main"));
                String own = browser.driver().findElement(By.tagName("html")).getAttribute("lang");
                browser.chooseLanguage(language);
                for (String address : pages.values()) {
                    browser.open(address);
                    String where = path(address) + " (" + user + ", " + language + ")";
                    Accessibility.violations(browser.driver()).forEach(v -> problems.add(where + ": " + v));
                    if (language.equals("lv") && user.equals("admin")) {
                        checkDialogs(browser, where, problems);
                    }
                }
                if (user.equals("admin") && language.equals("lv")) {
                    checkReflow(browser, pages, problems);
                }
                for (String error : List.of("/error/not-found.xhtml", "/error/denied.xhtml", "/error/refused.xhtml",
                        "/error/error.xhtml", "/error/expired.xhtml", "/accessibility.xhtml")) {
                    browser.open(error);
                    Accessibility.violations(browser.driver())
                            .forEach(v -> problems.add(error + " (" + user + ", " + language + "): " + v));
                }
                browser.open("/index.xhtml");
                browser.chooseLanguage(own);
            }
            System.out.printf("ACCESSIBILITY swept %d pages as %s in %s in %d s%n", pages.size(), user, language,
                    (System.nanoTime() - started) / 1_000_000_000L);
        }

        for (String language : List.of("lv", "lt", "en")) {
            try (Browser browser = new Browser(base)) {
                browser.open("/login.xhtml");
                browser.chooseLanguage(language);
                Accessibility.violations(browser.driver())
                        .forEach(v -> problems.add("/login.xhtml (" + language + "): " + v));
                browser.screenshot("accessibility-login-" + language);
                // the failed login's message, announced
                browser.driver().findElement(By.id("username")).sendKeys("nobody");
                browser.driver().findElement(By.id("password")).sendKeys("wrong password");
                browser.driver().findElement(By.id("submit")).click();
                browser.waitFor(By.cssSelector("[role='alert']"));
                Accessibility.violations(browser.driver())
                        .forEach(v -> problems.add("/login.xhtml, failed (" + language + "): " + v));
                browser.open("/accessibility.xhtml");
                Accessibility.violations(browser.driver())
                        .forEach(v -> problems.add("/accessibility.xhtml, not logged in (" + language + "): " + v));
            }
        }
        problems.forEach(p -> System.out.println("ACCESSIBILITY " + p));
        assertEquals(List.of(), problems, problems.size() + " accessibility problems");
    }

    /** Follows the links from the dashboard; one address per page (the first record found for a record's page). */
    private Map<String, String> crawl(Browser browser, List<String> problems) {
        Map<String, String> pages = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(base.toString().replaceAll("/$", "") + "/index.xhtml"));
        String root = URI.create(base.toString()).getPath().replaceAll("/$", "");
        while (!queue.isEmpty()) {
            String address = queue.poll();
            String page = path(address);
            if (pages.containsKey(page)) {
                continue;
            }
            browser.driver().get(address);
            pages.put(page, address.substring(address.indexOf(root) + root.length()));
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            @SuppressWarnings("unchecked")
            List<String> hidden = (List<String>) js.executeScript(HIDDEN_FORM_PROPERTIES);
            hidden.forEach(h -> problems.add(page + ": " + h));
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) js.executeScript(LINKS);
            for (String link : links) {
                URI uri = URI.create(link.replaceAll("#.*$", ""));
                String linkPath = uri.getPath();
                if (uri.getHost() == null || !link.startsWith(base.toString().replaceAll("/$", ""))
                        || linkPath == null || !linkPath.endsWith(".xhtml")) {
                    continue;
                }
                String linked = linkPath.substring(root.length());
                if (!pages.containsKey(linked) && !linked.startsWith("/error/")) {
                    queue.add(link.replaceAll("#.*$", ""));
                }
            }
        }
        return pages;
    }

    /**
     * WCAG 1.4.10: at 320 CSS pixels wide (a phone, or 1280 px at 400 % zoom) no page scrolls sideways; a wide table
     * or the schedule chart scrolls in its own box.
     */
    private void checkReflow(Browser browser, Map<String, String> pages, List<String> problems) {
        org.openqa.selenium.chrome.ChromeDriver chrome = (org.openqa.selenium.chrome.ChromeDriver) browser.driver();
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 800, "deviceScaleFactor", 1, "mobile", true));
        try {
            for (String address : pages.values()) {
                browser.open(address);
                Long overflow = (Long) chrome.executeScript("return Math.max(0, document.documentElement.scrollWidth"
                        + " - document.documentElement.clientWidth);");
                if (overflow > 0) {
                    String widest = (String) chrome.executeScript("""
                            let widest = null;
                            document.querySelectorAll('body *').forEach(e => {
                                const r = e.getBoundingClientRect();
                                if (r.right > document.documentElement.clientWidth + 1 && !e.closest('.ou-scroll-x')
                                        && (!widest || r.right > widest.getBoundingClientRect().right)) { widest = e; }
                            });
                            return widest ? widest.tagName + '#' + widest.id + '.' + widest.className : '';""");
                    problems.add(path(address) + " (320 px): the page scrolls sideways by " + overflow + " px (" + widest
                            + ")");
                }
            }
            browser.open("/procurement/invoices.xhtml");
            browser.screenshot("accessibility-320px-invoices");
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private void checkDialogs(Browser browser, String where, List<String> problems) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        @SuppressWarnings("unchecked")
        List<List<String>> dialogs = (List<List<String>>) js.executeScript(DIALOGS);
        for (List<String> dialog : dialogs) {
            js.executeScript("PF(arguments[0]).show();", dialog.get(0));
            browser.waitFor(By.id(dialog.get(1)));
            // shown in full (its fade-in over: half-transparent text is measured as low contrast)
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> "1".equals(((JavascriptExecutor) d)
                    .executeScript("return getComputedStyle(document.getElementById(arguments[0])).opacity;",
                            dialog.get(1))));
            String selector = "[id='" + dialog.get(1) + "']";
            Accessibility.violationsIn(browser.driver(), selector)
                    .forEach(v -> problems.add(where + ", dialog " + dialog.get(0) + ": " + v));
            js.executeScript("PF(arguments[0]).hide();", dialog.get(0));
        }
    }

    private static String path(String address) {
        String path = URI.create(address.startsWith("http") ? address : "http://x" + address).getPath();
        return path.replaceFirst("^/openup", "");
    }

    private static Set<String> sourcePages() {
        Path webapp = Path.of(System.getProperty("openup.it.webapp"));
        try (Stream<Path> files = Files.walk(webapp)) {
            return files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + webapp.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/"))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
