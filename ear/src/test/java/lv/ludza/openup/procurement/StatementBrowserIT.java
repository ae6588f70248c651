package lv.ludza.openup.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import lv.ludza.openup.it.Browser;
import lv.ludza.openup.it.ClientTest;

/**
 * An accountant gives a supplier its IBAN (first mistyped), enters its invoice, uploads the partner's bank statement
 * (camt.053.001.02), confirms the proposed match and records the payment; the same statement uploaded again shows the
 * payment as already recorded and records nothing twice; a later statement (camt.053.001.08) is read too.
 */
class StatementBrowserIT extends ClientTest {

    /** PrimeFaces hides the file input behind its button: present, not visible. */
    private static WebElement fileInput(Browser browser) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions
                .presenceOfElementLocated(By.cssSelector("input[type='file'][id='statement:file_input']")));
    }

    /** A test statement with this run's references, as a file to upload. */
    private static Path statement(String name, String run) throws IOException {
        try (InputStream in = StatementBrowserIT.class.getResourceAsStream("/statements/" + name)) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@RUN@", run);
            Path file = Files.createTempFile("openup-statement", ".xml");
            Files.writeString(file, xml, StandardCharsets.UTF_8);
            return file;
        }
    }

    @Test
    void aStatementIsImportedAndItsMatchConfirmedOnce() throws Exception {
        String run = String.valueOf(System.currentTimeMillis() % 10_000_000L);
        String number = "KA-" + run + "-1";
        Path september = statement("ludza-camt053-001-02.xml", run);
        Path october = statement("ludza-camt053-001-08.xml", run);
        try (Browser browser = new Browser(base)) {
            browser.login("accountant", "openup2018");
            browser.waitFor(By.id("projectCode"));
            browser.chooseLanguage("en");

            browser.open("/procurement/supplier.xhtml");
            browser.waitFor(By.id("supplier:name")).sendKeys("SIA „Kokapstrāde Ērgļi” " + run);
            browser.driver().findElement(By.id("supplier:registrationNumber")).sendKeys("4" + run + "77");
            browser.driver().findElement(By.id("supplier:iban")).sendKeys("LV05 UNLA 0050 0123 4567 8");
            browser.click(By.id("supplier:save"));
            browser.waitForText(By.id("supplier"), "This is not a valid IBAN");
            browser.typeInto("supplier:iban", "lv04 unla 0050 0123 4567 8");
            browser.click(By.id("supplier:save"));
            browser.waitForText(By.id("supplier:messages"), "was added");
            assertEquals("LV04UNLA0050012345678", browser.value(By.id("supplier:iban")));

            browser.open("/procurement/invoice.xhtml");
            browser.choose("invoice:partner", "Ludza");
            browser.choose("invoice:supplier", "SIA „Kokapstrāde Ērgļi” " + run);
            browser.driver().findElement(By.id("invoice:number")).sendKeys(number);
            browser.typeInto("invoice:issuedOn", "3 Sep 2018");
            browser.driver().findElement(By.id("invoice:lineTable:0:description")).sendKeys("Grāmatu plaukti (test)");
            browser.typeInto("invoice:lineTable:0:net", "1000");
            browser.typeInto("invoice:lineTable:0:vat", "210");
            browser.typeInto("invoice:lineTable:0:gross", "1210");
            browser.click(By.id("invoice:save"));
            browser.waitForText(By.id("invoice:messages"), "was entered");

            browser.open("/procurement/invoices.xhtml");
            browser.click(By.id("list:invoices:statement"));
            fileInput(browser).sendKeys(september.toString());
            browser.waitForText(By.id("statement:entries"), "Latvenergo");
            String entries = browser.text(By.id("statement:entries"));
            assertTrue(entries.contains("Kokapstrāde Ērgļi") && entries.contains("Baldų namai")
                    && entries.contains("No invoice matches"), entries);
            assertEquals("camt.053.001.02", browser.text(By.id("format")));
            assertTrue(browser.text(By.id("statement:entries:0:invoice")).contains(number),
                    browser.text(By.id("statement:entries:0:invoice")));
            assertEquals("1210.00", browser.value(By.id("statement:entries:0:amount")).replaceAll("[^0-9.]", ""));
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('statement:entries').scrollIntoView()");
            browser.screenshot("statement-proposed-en");
            browser.resize(390, 844);
            browser.screenshot("statement-proposed-phone-en");
            browser.resize(1280, 900);

            browser.click(By.id("statement:record"));
            browser.waitForText(By.id("statement:messages"), "Payments recorded: 1.");
            browser.waitForText(By.id("statement:entries"), "Already recorded");

            // the same file again: the payment is recognised, nothing is recorded twice
            fileInput(browser).sendKeys(september.toString());
            // the upload replaces the form: the message of the recording goes
            // (an empty message list is not visible: read its text content, not its visible text)
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(
                    org.openqa.selenium.StaleElementReferenceException.class).until(driver -> driver
                    .findElements(By.cssSelector("[id='statement:messages']")).stream()
                    .noneMatch(e -> String.valueOf(e.getAttribute("textContent")).contains("Payments recorded")));
            browser.waitForText(By.id("statement:entries:0:imported"), "Already recorded");
            browser.click(By.id("statement:record"));
            browser.waitForText(By.id("statement:messages"), "Choose an invoice for at least one selected payment.");

            // the next month in a later version of the format
            fileInput(browser).sendKeys(october.toString());
            browser.waitForText(By.id("format"), "camt.053.001.08");
            String later = browser.text(By.id("statement:entries"));
            assertTrue(later.contains("Rūta Žemaitė") && later.contains("UAB „Baldų namai“"), later);

            browser.open("/procurement/invoices.xhtml");
            browser.driver().findElement(By.id("list:invoices:globalFilter")).sendKeys(number);
            browser.waitForText(By.id("list:invoices"), "Paid in full");
        } finally {
            Files.deleteIfExists(september);
            Files.deleteIfExists(october);
        }
    }
}
