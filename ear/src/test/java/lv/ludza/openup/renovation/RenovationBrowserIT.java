package lv.ludza.openup.renovation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import lv.ludza.openup.it.Browser;
import lv.ludza.openup.it.ClientTest;

/**
 * The coordinator plans works with dependent tasks, sees the critical path and a late task, is refused a loop,
 * records progress and an invoice against the works contract, signs the acceptance with two defects and closes
 * the works once both are fixed and verified.
 */
class RenovationBrowserIT extends ClientTest {

    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.US);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Riga"));

    private static String day(int offset) {
        return TODAY.plusDays(offset).format(EN);
    }

    /** Waits until PrimeFaces has no Ajax request running (the page is updated). */
    private static void idle(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty()"
                                + " && (!window.jQuery || jQuery.active === 0);")));
    }

    /** Clicks a button whose Ajax request re-renders part of the page, and waits for it. */
    private static void ajaxClick(Browser browser, By button) {
        browser.click(button);
        idle(browser);
    }

    private static void type(Browser browser, String id, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(
                org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                    WebElement input = d.findElement(By.id(id));
                    input.clear();
                    input.sendKeys(text);
                    return true;
                });
    }

    private static void task(Browser browser, String name, int start, int end, String... after) {
        ajaxClick(browser, By.id("tasks:newTask"));
        type(browser, "tasks:taskName", name);
        browser.typeInto("tasks:taskPlannedStart", day(start));
        browser.typeInto("tasks:taskPlannedEnd", day(end));
        for (String predecessor : after) {
            tick(browser, predecessor);
        }
        ajaxClick(browser, By.id("tasks:saveTask"));
        browser.waitForText(By.id("tasks:messages"), "Task \"" + name + "\" added.");
    }

    private static void tick(Browser browser, String name) {
        idle(browser);
        browser.click(By.id("tasks:predecessors"));
        WebElement panel = browser.waitFor(By.id("tasks:predecessors_panel"));
        WebElement item = panel.findElements(By.cssSelector("li.ui-selectcheckboxmenu-item")).stream()
                .filter(li -> li.getText().trim().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No task " + name));
        item.findElement(By.cssSelector(".ui-chkbox-box")).click();
        panel.findElement(By.cssSelector(".ui-selectcheckboxmenu-close")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(ExpectedConditions.invisibilityOf(panel));
    }

    private static String field(Browser browser, String id) {
        try {
            return browser.value(By.id(id));
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
            return null;
        }
    }

    /** A small PNG picture (signature and header) in a file to upload. */
    private static Path photo() {
        byte[] png = new byte[33];
        System.arraycopy(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
            'R' }, 0, png, 0, 16);
        png[20] = (byte) (System.nanoTime() & 0x7f); // a new file each run
        try {
            Path folder = Files.createTempDirectory("openup-defect");
            return Files.write(folder.resolve("socket-" + System.currentTimeMillis() % 100000 + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theCoordinatorPlansFollowsAndAcceptsTheWorks() {
        String title = "Browser works " + System.currentTimeMillis() % 100000;
        try (Browser browser = new Browser(base)) {
            browser.login("coordinator", "openup2018");
            browser.waitFor(By.id("projectCode"));
            browser.chooseLanguage("en");
            browser.open("/renovation/works.xhtml");
            browser.waitForText(By.id("list:works"), "Vaikų užsiėmimų patalpų remontas (demo)");

            // the works, under the demo works contract of Rokiškis
            browser.click(By.id("list:works:new"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.urlContains("/renovation/work.xhtml"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(
                    org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                        d.findElement(By.id("works:title")).sendKeys(title);
                        return true;
                    });
            browser.choose("works:partner", "Rokiškis");
            idle(browser);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(
                    org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElements(
                            By.cssSelector("[id='works:contract_input'] option")).size() > 1);
            browser.choose("works:contract", "RRSB 2019/4-1 · Vaikų užsiėmimų patalpų remontas bibliotekoje (demo)");
            browser.typeInto("works:plannedStart", day(-20));
            browser.typeInto("works:plannedEnd", day(30));
            ajaxClick(browser, By.id("works:save"));
            browser.waitForText(By.id("works:messages"), "Works \"" + title + "\" added.");
            // the new works are at their own address: a reload shows them, not an empty form
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("id="));
            browser.driver().navigate().refresh();
            assertEquals(title, browser.waitFor(By.id("works:title")).getAttribute("value"), "the reload shows the works");

            // tasks: design → demolition (ended yesterday as planned, not done: late) → electrical; furniture
            task(browser, "Design", -20, -11);
            task(browser, "Demolition", -10, -1, "Design");
            task(browser, "Electrical", 0, 9, "Demolition");
            task(browser, "Furniture", 2, 4, "Design");
            browser.waitForText(By.id("criticalPath"), "Design → Demolition → Electrical");
            // design and demolition are both past their planned end and not done: both late
            assertTrue(browser.driver().findElements(By.cssSelector(".ou-rn-is-late")).stream()
                    .anyMatch(row -> row.getText().contains("Demolition")));
            assertTrue(browser.text(By.id("gantt")).contains("after Demolition"));
            browser.waitFor(By.id("tasks:today"));
            browser.screenshot("renovation-schedule-en");

            // a loop is refused with its chain, the form keeps what was typed
            ajaxClick(browser, By.id("tasks:taskList:0:edit"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> "Design".equals(field(browser, "tasks:taskName")));
            tick(browser, "Electrical");
            ajaxClick(browser, By.id("tasks:saveTask"));
            browser.waitForText(By.id("tasks"), "This dependency would close a loop: Design → Demolition → Electrical → Design.");
            browser.screenshot("renovation-loop-en");
            assertEquals(1, occurrences(browser.text(By.tagName("body")), "would close a loop"), "said once");

            // progress on design (done) and demolition (started, 60 %)
            ajaxClick(browser, By.id("tasks:newTask"));
            ajaxClick(browser, By.id("tasks:taskList:0:edit"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> "Design".equals(field(browser, "tasks:taskName")));
            browser.typeInto("tasks:taskActualStart", day(-20));
            browser.typeInto("tasks:taskActualEnd", day(-11));
            type(browser, "tasks:taskProgress", "100");
            ajaxClick(browser, By.id("tasks:saveTask"));
            browser.waitForText(By.id("tasks:messages"), "Task \"Design\" saved.");
            ajaxClick(browser, By.id("tasks:taskList:1:edit"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> "Demolition".equals(field(browser, "tasks:taskName")));
            browser.typeInto("tasks:taskActualStart", day(-9));
            type(browser, "tasks:taskProgress", "160");
            ajaxClick(browser, By.id("tasks:saveTask"));
            browser.waitForText(By.id("tasks"), "Progress is a whole number from 0 to 100 %.");
            type(browser, "tasks:taskProgress", "60");
            ajaxClick(browser, By.id("tasks:saveTask"));
            browser.waitForText(By.id("tasks:messages"), "Task \"Demolition\" saved.");
            assertTrue(browser.text(By.id("tasks:taskList")).contains("Done"));
            assertTrue(browser.text(By.id("tasks:taskList")).contains("In progress"));

            // moving electrical to start before demolition ends warns before saving
            ajaxClick(browser, By.id("tasks:taskList:2:edit"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> "Electrical".equals(field(browser, "tasks:taskName")));
            browser.typeInto("tasks:taskPlannedStart", day(-3));
            browser.waitForText(By.id("tasks:moveWarnings"), "\"Electrical\" starts before \"Demolition\" ends");
            browser.screenshot("renovation-move-warning-en");
            ajaxClick(browser, By.id("tasks:newTask"));

            browser.resize(390, 844);
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView();",
                    browser.driver().findElement(By.id("gantt")));
            browser.screenshot("renovation-schedule-390");
            browser.resize(1280, 900);

            // an invoice of the contractor against the works contract
            browser.open("/procurement/invoice.xhtml");
            browser.choose("invoice:partner", "Rokiškis");
            browser.choose("invoice:supplier", "Demo Supplier UAB \"Remontas\"");
            idle(browser);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(
                    org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElements(
                            By.cssSelector("[id='invoice:contract_input'] option")).size() > 1);
            browser.choose("invoice:contract", "RRSB 2019/4-1 – Vaikų užsiėmimų patalpų remontas bibliotekoje (demo)");
            String number = "RM-B" + System.currentTimeMillis() % 100000;
            browser.driver().findElement(By.id("invoice:number")).sendKeys(number);
            browser.typeInto("invoice:issuedOn", day(0));
            browser.driver().findElement(By.id("invoice:lineTable:0:description")).sendKeys("Demolition (demo)");
            browser.typeInto("invoice:lineTable:0:net", "1000");
            browser.typeInto("invoice:lineTable:0:vat", "210");
            browser.typeInto("invoice:lineTable:0:gross", "1210");
            browser.click(By.id("invoice:save"));
            browser.waitForText(By.id("invoice:messages"), "was entered");

            browser.open("/renovation/works.xhtml");
            browser.driver().findElement(By.id("list:works:globalFilter")).sendKeys(title);
            browser.waitForText(By.id("list:works"), title);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions
                    .numberOfElementsToBe(By.cssSelector("[id='list:works_data'] > tr"), 1));
            idle(browser);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(
                    org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                        d.findElement(By.linkText(title)).click();
                        return true;
                    });
            browser.waitFor(By.id("moneyPanel"));
            // demo invoices 12 100.00 + 14 520.00 and this one 1 210.00 (other tests may add more under it)
            assertTrue(browser.text(By.id("moneyValue")).contains("31,460.00"), browser.text(By.id("moneyValue")));
            assertTrue(browser.text(By.id("relatedInvoices")).contains(number));
            browser.screenshot("renovation-money-en");

            // the works end; acceptance cannot be dated before the end, then is signed
            browser.typeInto("works:actualStart", day(-20));
            browser.typeInto("works:actualEnd", day(-1));
            ajaxClick(browser, By.id("works:save"));
            browser.waitForText(By.id("works:messages"), "saved");
            browser.typeInto("acceptance:acceptedOn", day(-2));
            browser.driver().findElement(By.id("acceptance:commission")).sendKeys("Director; engineer; librarian");
            browser.choose("acceptance:result", "Accepted with defects");
            ajaxClick(browser, By.id("acceptance:accept"));
            browser.waitForText(By.id("acceptance"), "The acceptance cannot be dated before the works end.");
            assertEquals("Director; engineer; librarian", field(browser, "acceptance:commission"));
            browser.typeInto("acceptance:acceptedOn", day(0));
            ajaxClick(browser, By.id("acceptance:accept"));
            browser.waitForText(By.id("acceptance:messages"), "warranty until");
            assertEquals(1, occurrences(browser.text(By.tagName("body")), "The acceptance is recorded"), "said once");
            assertEquals(TODAY.plusMonths(36).format(EN), browser.text(By.id("warrantyEnd")));

            // two defects; closing is refused until both are fixed and verified
            idle(browser);
            type(browser, "defects:defectDescription", "Loose socket");
            type(browser, "defects:defectRoom", "Room 2");
            ajaxClick(browser, By.id("defects:addDefect"));
            browser.waitForText(By.id("defects:messages"), "Defect \"Loose socket\" added.");
            type(browser, "defects:defectDescription", "Paint stain");
            ajaxClick(browser, By.id("defects:addDefect"));
            browser.waitForText(By.id("defects:messages"), "Defect \"Paint stain\" added.");
            browser.click(By.id("defects:closeWorks"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForText(By.id("defects"), "Defects not yet verified: 2.");
            browser.screenshot("renovation-defects-en");

            // a photo of the loose socket on the defect's own page; the defect's row counts it
            String worksUrl = browser.driver().getCurrentUrl();
            assertEquals("0", browser.text(By.id("defects:defectList:0:photos")).trim());
            browser.click(By.id("defects:defectList:0:photos"));
            browser.waitForText(By.id("head"), "Loose socket");
            assertTrue(browser.text(By.id("defect")).contains("Room 2"));
            assertTrue(browser.text(By.id("defect")).contains("Open"));
            Path photo = photo();
            browser.driver().findElement(By.id("documents:file_input")).sendKeys(photo.toString());
            browser.waitForText(By.id("documents:table"), photo.getFileName().toString());
            browser.screenshot("renovation-defect-photo-en");
            browser.resize(390, 844);
            browser.screenshot("renovation-defect-photo-390");
            browser.resize(1280, 900);
            browser.click(By.id("works"));
            browser.waitForText(By.id("defects:defectList"), "Loose socket");
            assertEquals("1", browser.text(By.id("defects:defectList:0:photos")).trim());
            assertEquals("0", browser.text(By.id("defects:defectList:1:photos")).trim());
            assertTrue(worksUrl.contains("id="));
            // each step on the date typed in the defect's row, not today's
            for (int row = 0; row < 2; row++) {
                browser.typeInto("defects:defectList:" + row + ":defectOn", day(-2));
                ajaxClick(browser, By.id("defects:defectList:" + row + ":advance"));
                browser.waitForText(By.id("defects:messages"), "Fixed");
                browser.typeInto("defects:defectList:" + row + ":defectOn", day(-1));
                ajaxClick(browser, By.id("defects:defectList:" + row + ":advance"));
                browser.waitForText(By.id("defects:messages"), "Verified");
                browser.waitForText(By.xpath("//tbody[@id='defects:defectList_data']/tr[" + (row + 1) + "]"),
                        day(-2) + " · " + day(-1));
            }
            browser.screenshot("renovation-defects-dated-en");
            browser.click(By.id("defects:closeWorks"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForText(By.id("head"), "Closed");
            browser.screenshot("renovation-closed-en");
            assertTrue(browser.driver().findElements(By.cssSelector(".ou-rn-is-late, .ou-rn-late")).isEmpty(),
                    "closed works show no late task (Demolition ended late)");

            browser.open("/index.xhtml");
            browser.waitForText(By.id("warranties"), title);
            browser.screenshot("renovation-dashboard-en");
        }
    }

    /** The demo works of Rokiškis: its staff may change them, the auditor only reads them (no buttons that change). */
    @Test
    void rokiskisStaffEditTheirWorksTheAuditorOnlyReads() {
        String demo = "Vaikų užsiėmimų patalpų remontas (demo)";
        for (String user : new String[] { "staff.lt", "auditor" }) {
            try (Browser browser = new Browser(base)) {
                browser.login(user, "openup2018");
                browser.waitFor(By.id("projectCode"));
                browser.chooseLanguage("en");
                browser.open("/renovation/works.xhtml");
                browser.waitForText(By.id("list:works"), demo);
                boolean staff = "staff.lt".equals(user);
                assertEquals(staff, !browser.driver().findElements(By.id("list:works:new")).isEmpty(), user);
                new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(
                        org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                            d.findElement(By.linkText(demo)).click();
                            return true;
                        });
                browser.waitFor(By.id("tasks"));
                browser.screenshot("renovation-works-" + user.replace('.', '-') + "-en");
                for (String button : new String[] { "works:save", "tasks:newTask", "tasks:taskForm" }) {
                    assertEquals(staff, !browser.driver().findElements(By.id(button)).isEmpty(), user + " " + button);
                }
                assertTrue(browser.driver().findElements(By.cssSelector("[id='tasks:taskList'] .ou-actions button"))
                        .isEmpty() != staff, user);
                // the task table at desktop and phone width: the planned dates stay on one line, whole
                ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                        "arguments[0].scrollIntoView();", browser.driver().findElement(By.id("tasks:taskList")));
                browser.screenshot("renovation-tasks-" + user.replace('.', '-') + "-1280");
                browser.resize(390, 844);
                ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                        "arguments[0].scrollIntoView();", browser.driver().findElement(By.id("tasks:taskList")));
                browser.screenshot("renovation-tasks-" + user.replace('.', '-') + "-390");
                browser.resize(1280, 900);
            }
        }
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
