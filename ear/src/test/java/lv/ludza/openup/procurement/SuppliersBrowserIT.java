package lv.ludza.openup.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import lv.ludza.openup.it.Browser;
import lv.ludza.openup.it.ClientTest;
import lv.ludza.openup.it.LatvianSpreadsheet;

/** An accountant finds a supplier, adds one (first with a mistake), sees its history, then deletes it. */
class SuppliersBrowserIT extends ClientTest {

    @Test
    void anAccountantKeepsTheSupplierList() {
        String name = "Demo Supplier SIA \"Tāfeles " + System.currentTimeMillis() % 100000 + "\"";
        try (Browser browser = new Browser(base)) {
            browser.login("accountant", "openup2018");
            browser.waitFor(By.id("projectCode"));
            browser.chooseLanguage("lv"); // users keep their last choice; other tests may have changed it
            browser.open("/procurement/suppliers.xhtml");
            browser.waitFor(By.id("list:suppliers"));
            browser.driver().findElement(By.id("list:suppliers:globalFilter")).sendKeys("datortehn");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions
                    .numberOfElementsToBe(By.cssSelector("[id='list:suppliers_data'] > tr"), 1));
            assertTrue(browser.text(By.id("list:suppliers")).contains("Datortehnika"));
            browser.screenshot("suppliers-search-lv");

            browser.click(By.id("list:suppliers:new"));
            browser.waitFor(By.id("supplier:name")).sendKeys(name);
            browser.driver().findElement(By.id("supplier:registrationNumber")).sendKeys("40000099999");
            browser.driver().findElement(By.id("supplier:vatNumber")).sendKeys("123");
            browser.click(By.id("supplier:save"));
            browser.waitForText(By.id("supplier"), "PVN numurs sākas ar valsts kodu");
            assertEquals(name, browser.value(By.id("supplier:name")));
            browser.screenshot("supplier-invalid-lv");

            browser.driver().findElement(By.id("supplier:vatNumber")).clear();
            browser.driver().findElement(By.id("supplier:vatNumber")).sendKeys("lv 40000099999");
            browser.click(By.id("supplier:save"));
            browser.waitForText(By.id("supplier:messages"), "pievienots");
            assertEquals("LV40000099999", browser.value(By.id("supplier:vatNumber")));
            browser.waitForText(By.id("historyPanel"), "accountant");
            browser.screenshot("supplier-saved-lv");

            browser.click(By.id("supplier:delete"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForText(By.id("list:messages"), "dzēsts");
            browser.driver().findElement(By.id("list:suppliers:globalFilter")).sendKeys("Tāfeles");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions
                    .textToBePresentInElementLocated(By.id("list:suppliers"), "Nekas nav atrasts."));
        }
    }

    /** A supplier whose name is a formula arrives in the CSV as text: a spreadsheet shows it, never runs it. */
    @Test
    void aFormulaInASupplierNameIsTextInTheCsv() {
        String formula = "=HYPERLINK(\"http://evil.example/" + System.currentTimeMillis() % 100000 + "\",\"Skonto\")";
        try (Browser browser = new Browser(base)) {
            browser.login("accountant", "openup2018");
            browser.waitFor(By.id("projectCode"));
            browser.chooseLanguage("lv");
            browser.open("/procurement/supplier.xhtml");
            browser.waitFor(By.id("supplier:name")).sendKeys(formula);
            browser.driver().findElement(By.id("supplier:registrationNumber")).sendKeys(
                    "4000" + System.currentTimeMillis() % 10_000_000L);
            browser.click(By.id("supplier:save"));
            browser.waitForText(By.id("supplier:messages"), "pievienots");

            browser.open("/procurement/suppliers.xhtml");
            browser.waitFor(By.id("list:suppliers"));
            byte[] file = browser.downloadedBy(By.id("list:suppliers:csv"), "openup-suppliers.csv");
            String text = new String(file, java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(text.contains("\"'=HYPERLINK(\"\"http://evil.example/"), "neutralised: " + text);
            assertTrue(!text.contains("\"=HYPERLINK"), "never a live formula: " + text);
            LatvianSpreadsheet csv = LatvianSpreadsheet.open(file);
            assertEquals("'" + formula, csv.rowWhere("Nosaukums", "'" + formula).get(csv.column("Nosaukums")));
            csv.rowWhere("Nosaukums", "Demo Supplier SIA \"Datortehnika\""); // the others as they were
        }
    }
}
