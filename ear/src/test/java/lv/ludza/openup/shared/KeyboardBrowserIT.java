package lv.ludza.openup.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import lv.ludza.openup.it.AsUser;
import lv.ludza.openup.it.Browser;
import lv.ludza.openup.it.ClientTest;

/**
 * The everyday tasks done with the keyboard alone (WCAG 2.1.1, 2.4.3, 2.4.7): no click anywhere, only keys sent to
 * whatever has the focus, and at every stop the focus is visible (an outline or a focus ring the page's style
 * draws). Log in, skip to the content, switch language and project, find and open an invoice, declare its line in
 * the dialog (the focus stays in the dialog and comes back to the button), withdraw it through the confirmation,
 * sort and page a list, register an event participant, scan in a stock-take, upload a document.
 */
class KeyboardBrowserIT extends ClientTest {

    /** How many Tab presses a task may take to reach its control before the test calls the page unusable. */
    private static final int MAX_TABS = 120;

    /** Null when the focused element shows its focus, else what has the focus and shows nothing. */
    private static final String FOCUS_VISIBLE = """
            const e = document.activeElement;
            if (!e || e === document.body) { return 'nothing has the focus'; }
            const shows = el => {
                const s = getComputedStyle(el);
                return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)
                    || (s.boxShadow && s.boxShadow !== 'none');
            };
            if (shows(e)) { return null; }
            // a PrimeFaces control focuses a hidden input and draws the focus on its box
            const box = e.closest('.ui-state-focus, .ui-selectonemenu, .ui-chkbox, .ui-fileupload-choose');
            if (box && (shows(box) || (box.querySelector('.ui-state-focus') && shows(box.querySelector('.ui-state-focus'))))) {
                return null;
            }
            return (e.id || e.tagName) + ' "' + (e.innerText || e.value || '').trim().substring(0, 40) + '" shows no focus';""";

    @org.junit.jupiter.api.BeforeEach
    void keysAreTriedOnce() {
        org.junit.jupiter.api.Assumptions.assumeFalse("postgresql".equals(System.getProperty("openup.db")),
                "the keys a page takes do not depend on the database: tried in the H2 pass");
    }

    @Test
    void anAccountantWorksWithTheKeyboardOnly() throws Exception {
        try (Browser browser = new Browser(base)) {
            // log in: the user name has the focus, Tab to the password, Enter
            browser.open("/login.xhtml");
            assertEquals("username", focused(browser).getAttribute("id"), "the login page starts in the user name");
            keys(browser, "accountant", Keys.TAB);
            assertEquals("password", focused(browser).getAttribute("id"));
            assertFocusVisible(browser);
            keys(browser, AsUser.DEMO_PASSWORD, Keys.ENTER);
            browser.waitFor(By.cssSelector("main#content h1"));
            String own = browser.driver().findElement(By.tagName("html")).getAttribute("lang");

            // the first Tab stop is the skip link, seen; Enter moves the focus to the content
            keys(browser, Keys.TAB);
            WebElement skip = focused(browser);
            assertTrue(skip.getAttribute("class").contains("ou-skip-link"), "first stop: " + skip.getText());
            assertTrue(skip.getRect().getY() >= 0, "the skip link comes into view when it has the focus");
            assertFocusVisible(browser);
            browser.screenshot("keyboard-skip-link");
            keys(browser, Keys.ENTER);
            assertEquals("content", focused(browser).getAttribute("id"));

            // the language, from the top bar
            restart(browser);
            tabTo(browser, "a.ou-lang[data-lang='en']");
            browser.screenshot("keyboard-language-focus");
            keys(browser, Keys.ENTER);
            browser.waitFor(By.cssSelector("html[lang='en']"));

            // find an invoice in the list (the search field) and open it
            restart(browser);
            tabTo(browser, "a.ou-nav-link[href*='procurement/invoices.xhtml']");
            keys(browser, Keys.ENTER);
            browser.waitFor(By.id("list:invoices"));
            skipToContent(browser);
            tabTo(browser, "[id='list:invoices:globalFilter']");
            keys(browser, "BN-2018/112");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> d.findElements(
                    By.cssSelector("[id='list:invoices_data'] > tr")).size() == 1);
            settled(browser); // the filter runs once per key typed: the last answer redraws the table
            tabTo(browser, "[id='list:invoices_data'] a[href*='invoice.xhtml?id=']");
            keys(browser, Keys.ENTER);
            browser.waitForText(By.cssSelector("main h1"), "BN-2018/112");
            browser.screenshot("keyboard-invoice-en");

            // declare its line: Enter on the button opens the dialog with the focus inside, Tab stays inside
            skipToContent(browser);
            tabTo(browser, "[id$=':0:declare']");
            String opener = focused(browser).getAttribute("id");
            keys(browser, Keys.ENTER);
            browser.waitFor(By.id("declareDialog"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> insideDialog(browser, "declareDialog"));
            for (int i = 0; i < 12; i++) {
                keys(browser, Keys.TAB);
                assertTrue(insideDialog(browser, "declareDialog"), "Tab left the open dialog at stop " + i);
                assertFocusVisible(browser);
            }
            browser.screenshot("keyboard-dialog-focus-en");
            // Escape closes it and gives the focus back to the button that opened it
            keys(browser, Keys.ESCAPE);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> !d.findElement(By.id("declareDialog")).isDisplayed());
            // (PrimeFaces' dialog gives it back once it has closed)
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                    .until(d -> opener.equals(d.switchTo().activeElement().getAttribute("id")));

            keys(browser, Keys.ENTER);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> insideDialog(browser, "declareDialog"));
            chooseWithKeys(browser, "[id='declare:category_label']", Keys.ARROW_DOWN);
            tabTo(browser, "[id='declare:save']");
            keys(browser, Keys.ENTER);
            // declared: the line offers its withdrawal instead
            browser.waitFor(By.cssSelector("[id$=':0:withdraw']"));

            // withdraw it again (the demo stays as it was), through the confirmation, by keys
            skipToContent(browser);
            tabTo(browser, "[id$=':0:withdraw']");
            keys(browser, Keys.ENTER);
            WebElement yes = browser.waitFor(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> d.switchTo().activeElement().findElements(By.xpath("ancestor::*[contains(@class,'ui-confirm-dialog')]")).size() == 1);
            tabTo(browser, ".ui-confirm-dialog .ui-confirmdialog-yes");
            assertEquals(yes, focused(browser));
            keys(browser, Keys.ENTER);
            browser.waitFor(By.cssSelector("[id$=':0:declare']"));

            // a document uploaded to the invoice: the choose button is reached with Tab (the file itself is given
            // to the file input, as the system's file dialog would)
            settled(browser);
            skipToContent(browser);
            tabTo(browser, ".ui-fileupload-choose");
            Path file = Files.createTempFile("keyboard-", ".txt");
            Files.writeString(file, "A document uploaded from the keyboard", StandardCharsets.UTF_8);
            String before = browser.text(By.id("documentsPanel"));
            browser.driver().findElement(By.cssSelector(".ui-fileupload-choose input[type='file']"))
                    .sendKeys(file.toString());
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(d -> d.findElement(By.id("documentsPanel")).getText().contains(file.getFileName().toString()));
            assertNotEquals(before, browser.text(By.id("documentsPanel")));

            // a list sorted and paged with the keyboard
            browser.open("/inventory/assets.xhtml");
            skipToContent(browser);
            tabTo(browser, "th.ui-sortable-column");
            WebElement header = focused(browser);
            keys(browser, Keys.ENTER);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> "ascending".equals(header.getAttribute("aria-sort")));
            settled(browser);
            // 10 rows a page (the arrow keys on the rows-per-page select), then the next page
            tabTo(browser, ".ui-paginator-rpp-options");
            keys(browser, Keys.ARROW_UP);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.findElements(
                    By.cssSelector("[id='list:assets_data'] > tr")).size() == 10);
            settled(browser);
            skipToContent(browser);
            tabTo(browser, ".ui-paginator-next");
            String page = browser.text(By.cssSelector(".ui-paginator-current"));
            keys(browser, Keys.ENTER);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> !page.equals(d.findElement(By.cssSelector(".ui-paginator-current")).getText()));

            browser.open("/index.xhtml");
            restart(browser);
            tabTo(browser, "a.ou-lang[data-lang='" + own + "']");
            keys(browser, Keys.ENTER);
            browser.waitFor(By.cssSelector("html[lang='" + own + "']"));
        }
    }

    @Test
    void anAdministratorSwitchesProjectRegistersAParticipantAndScansWithTheKeyboard() {
        try (Browser browser = new Browser(base)) {
            browser.login("admin", AsUser.DEMO_PASSWORD);
            browser.waitFor(By.cssSelector("main#content h1"));
            browser.chooseLanguage("en");

            // the project: Enter opens the menu, the arrows choose, Enter takes it
            restart(browser);
            tabTo(browser, "[id='topbar:project_label']");
            String project = browser.text(By.id("topbar:project_label"));
            browser.screenshot("keyboard-project-focus");
            keys(browser, Keys.ENTER);
            keys(browser, Keys.ARROW_DOWN, Keys.ENTER);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                    .until(d -> !project.equals(d.findElement(By.id("topbar:project_label")).getText()));
            // and back
            restart(browser);
            chooseWithKeys(browser, "[id='topbar:project_label']", Keys.ARROW_UP);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                    .until(d -> project.equals(d.findElement(By.id("topbar:project_label")).getText()));

            // a new event: typed, chosen and dated with keys
            browser.open("/events/event.xhtml");
            skipToContent(browser);
            tabTo(browser, "[id='event:title']");
            String title = "Tastatūras seminārs " + System.currentTimeMillis() % 100_000;
            keys(browser, title);
            chooseWithKeys(browser, "[id='event:type_label']", Keys.ARROW_DOWN);
            tabTo(browser, "[id='event:startDate_input']");
            keys(browser, "5 Sep 2019", Keys.TAB);
            tabTo(browser, "[id='event:endDate_input']");
            keys(browser, "5 Sep 2019", Keys.TAB);
            tabTo(browser, "[id='event:save']");
            keys(browser, Keys.ENTER);
            browser.waitForText(By.id("event:messages"), "created");

            // register a participant of it: fields by Tab, the consent box by Space, Enter on the button
            browser.waitFor(By.id("registrations:name"));
            skipToContent(browser);
            tabTo(browser, "[id='registrations:name']");
            keys(browser, "Klaviatūra Tastatūrienė", Keys.TAB);
            tabTo(browser, "[id='registrations:organisation']");
            keys(browser, "Rokiškio biblioteka");
            tabTo(browser, "[id='registrations:consent_input']");
            keys(browser, Keys.SPACE);
            tabTo(browser, "[id='registrations:register']");
            keys(browser, Keys.ENTER);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                    .until(d -> !d.findElement(By.id("registrations:messages")).getText().isBlank());
            assertTrue(browser.text(By.id("registrations:table")).contains("Klaviatūra Tastatūrienė"),
                    browser.text(By.id("registrations")));

            // a stock-take: started and scanned with keys alone
            browser.open("/inventory/stocktakes.xhtml");
            skipToContent(browser);
            chooseWithKeys(browser, "[id='start:partner_label']", Keys.ARROW_DOWN);
            tabTo(browser, "[id='start:begin']");
            keys(browser, Keys.ENTER);
            browser.waitFor(By.id("scanner:scan"));
            assertEquals("scanner:scan", focused(browser).getAttribute("id"), "the scan field waits for the scan");
            keys(browser, "LUD-1999-0099", Keys.ENTER);
            browser.waitForText(By.cssSelector(".ou-scan-last"), "LUD-1999-0099");
            assertEquals("scanner:scan", focused(browser).getAttribute("id"), "ready for the next scan");
            assertFocusVisible(browser);
            browser.screenshot("keyboard-stocktake-scan");

            // closed through its confirmation, by keys (the demo keeps no open stock-take of this test)
            tabTo(browser, "[id='result:close']");
            keys(browser, Keys.ENTER);
            browser.waitFor(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
            tabTo(browser, ".ui-confirm-dialog .ui-confirmdialog-yes");
            keys(browser, Keys.ENTER);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(d -> d.findElements(By.id("scanner:scan")).isEmpty());
        }
    }

    /** A PrimeFaces select: Tab to it, Enter opens it, the arrow moves to the next (or previous) option, Enter takes it. */
    private static void chooseWithKeys(Browser browser, String labelSelector, Keys arrow) {
        tabTo(browser, labelSelector);
        keys(browser, Keys.ENTER);
        keys(browser, arrow, Keys.ENTER);
    }

    /** As a keyboard user starts on a long page: the skip link, then Tab from the page's content. */
    private static void skipToContent(Browser browser) {
        restart(browser);
        keys(browser, Keys.TAB);
        assertTrue(focused(browser).getAttribute("class").contains("ou-skip-link"));
        keys(browser, Keys.ENTER);
        assertEquals("content", focused(browser).getAttribute("id"));
    }

    /** Starts the Tab order from the top of the page again (as a new page would). */
    private static void restart(Browser browser) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.activeElement && document.activeElement.blur(); window.getSelection().removeAllRanges();"
                        + "document.body.setAttribute('tabindex','-1'); document.body.focus();"
                        + "document.body.removeAttribute('tabindex');");
    }

    /** Presses Tab until the element the CSS selector finds has the focus, checking the focus is seen at each stop. */
    private static void tabTo(Browser browser, String selector) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        java.util.List<String> trail = new java.util.ArrayList<>();
        for (int i = 0; i < MAX_TABS; i++) {
            WebElement active = focused(browser);
            if ((Boolean) js.executeScript("return arguments[0].matches(arguments[1]);", active, selector)) {
                assertFocusVisible(browser);
                return;
            }
            keys(browser, Keys.TAB);
            trail.add((String) js.executeScript("const e = document.activeElement; return e.tagName + '#' + e.id"
                    + " + ' ' + (e.innerText || e.value || e.getAttribute('aria-label') || '').trim().substring(0, 30);"));
            Object invisible = js.executeScript(FOCUS_VISIBLE);
            if (i > 0 && invisible != null) {
                throw new AssertionError(invisible + " on " + browser.driver().getCurrentUrl()
                        + ", going to " + selector + " by Tab: " + trail);
            }
        }
        throw new AssertionError(selector + " not reached with " + MAX_TABS + " Tab presses on "
                + browser.driver().getCurrentUrl() + ": " + trail);
    }

    /** Waits until no ajax request is pending or about to start (a filter waits 400 ms after the last key). */
    private static void settled(Browser browser) {
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
        for (int quiet = 0; quiet < 3;) {
            wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                    "return PrimeFaces.ajax.Queue.isEmpty() && jQuery.active === 0;"));
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            quiet = (Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return PrimeFaces.ajax.Queue.isEmpty() && jQuery.active === 0;") ? quiet + 1 : 0;
        }
    }

    private static void keys(Browser browser, CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    private static WebElement focused(Browser browser) {
        return browser.driver().switchTo().activeElement();
    }

    private static boolean insideDialog(Browser browser, String dialogId) {
        return (Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                "return !!document.activeElement.closest('[id=\"' + arguments[0] + '\"]');", dialogId);
    }

    private static void assertFocusVisible(Browser browser) {
        assertNull(((JavascriptExecutor) browser.driver()).executeScript(FOCUS_VISIBLE),
                "the focus is visible on " + browser.driver().getCurrentUrl());
    }
}
