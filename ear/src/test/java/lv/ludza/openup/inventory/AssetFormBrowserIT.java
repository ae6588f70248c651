package lv.ludza.openup.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import lv.ludza.openup.it.Browser;
import lv.ludza.openup.it.ClientTest;

/**
 * A new asset as a user fills it in: amounts read as typed in Latvian and English (a dot or a comma, spaces between
 * thousands), a negative amount or a third decimal refused at the field with the input kept, the proposed inventory
 * number following the partner and the acquisition year, and the saved asset at its own address.
 */
class AssetFormBrowserIT extends ClientTest {

    private static final String NBSP = "\u00a0";

    @Test
    void amountsMeanWhatALatvianUserTyped() {
        try (Browser browser = new Browser(base)) {
            browser.login("staff", "openup2018");
            browser.waitFor(By.id("projectCode"));
            browser.chooseLanguage("lv");
            browser.open("/inventory/asset.xhtml");
            browser.waitFor(By.id("asset:name")).sendKeys("Skaļruņi (demo, summas)");
            browser.choose("asset:category", "Cits");
            browser.typeInto("asset:net", "1250.50");
            browser.typeInto("asset:vat", "1 250,50");
            browser.click(By.id("asset:save"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("id="));
            browser.waitForText(By.id("asset:messages"), "pievienots");
            assertTrue(browser.driver().findElements(By.cssSelector(".ui-growl")).isEmpty(),
                    "the message carried over the redirect shows once, in the form, not in the layout's growl too");
            assertEquals("1" + NBSP + "250,50", value(browser, "asset:net"), "1250.50 is 1 250,50, not 125 050,00");
            assertEquals("1" + NBSP + "250,50", value(browser, "asset:vat"));
            // (a page's text reads every kind of space as a space)
            assertTrue(browser.text(By.id("asset")).replace(NBSP, " ").contains("2 501,00 €"), "gross = net + VAT");

            // a reload shows the saved asset, not an empty form
            String number = value(browser, "asset:inventoryNumber");
            browser.driver().navigate().refresh();
            assertEquals(number, value(browser, "asset:inventoryNumber"));
            assertEquals("Skaļruņi (demo, summas)", value(browser, "asset:name"));

            // every other way of writing the same amount
            for (String typed : new String[] { "1.250,50", "1,250.50", "1\u202f250,50", "1" + NBSP + "250,50",
                    "1250,50" }) {
                browser.typeInto("asset:net", typed);
                org.openqa.selenium.WebElement before = browser.driver().findElement(By.id("asset:messages"));
                browser.click(By.id("asset:save"));
                // the form comes back (new elements: one typed as saved looks the same before) with the amount in the
                // Latvian format once saved
                new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                        .until(ExpectedConditions.stalenessOf(before));
                new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> ("1" + NBSP + "250,50").equals(
                        value(browser, "asset:net")));
                assertTrue(browser.text(By.id("asset:messages")).contains("saglabāts"), typed);
            }

            // a negative amount and a third decimal are refused at the field, the input stays
            browser.typeInto("asset:net", "-5");
            browser.click(By.id("asset:save"));
            browser.waitForText(By.id("asset"), "Summa nevar būt negatīva.");
            assertEquals("-5", value(browser, "asset:net"), "what the user typed stays in the field");
            browser.screenshot("asset-amount-negative-lv");
            browser.typeInto("asset:net", "12,345");
            browser.click(By.id("asset:save"));
            browser.waitForText(By.id("asset"), "ne vairāk kā divas zīmes aiz komata");
            assertEquals("12,345", value(browser, "asset:net"));
            browser.typeInto("asset:net", "divi simti");
            browser.click(By.id("asset:save"));
            browser.waitForText(By.id("asset"), "Ievadiet summu");
            browser.driver().navigate().refresh();
            assertEquals("1" + NBSP + "250,50", value(browser, "asset:net"), "nothing was saved from the refused input");
        }
    }

    @Test
    void anEnglishUserTypesAmountsHisWay() {
        try (Browser browser = new Browser(base)) {
            browser.login("coordinator", "openup2018");
            browser.waitFor(By.id("projectCode"));
            browser.chooseLanguage("en");
            browser.open("/inventory/asset.xhtml");
            browser.waitFor(By.id("asset:name")).sendKeys("Speakers (demo, amounts)");
            browser.choose("asset:category", "Other");
            browser.typeInto("asset:net", "1 250,50");
            browser.typeInto("asset:vat", "262.61");
            browser.click(By.id("asset:save"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("id="));
            browser.waitForText(By.id("asset:messages"), "added");
            assertEquals("1,250.50", value(browser, "asset:net"));
            assertEquals("262.61", value(browser, "asset:vat"));
            browser.typeInto("asset:vat", "-262.61");
            browser.click(By.id("asset:save"));
            browser.waitForText(By.id("asset"), "The amount cannot be negative.");
            assertEquals("-262.61", value(browser, "asset:vat"));
        }
    }

    @Test
    void aRokiskisAssetAcquiredIn2019GetsARokiskisNumberOf2019() {
        try (Browser browser = new Browser(base)) {
            browser.login("staff.lt", "openup2018");
            browser.waitFor(By.id("projectCode"));
            browser.chooseLanguage("lt");
            browser.open("/inventory/asset.xhtml");
            browser.waitFor(By.id("asset:name")).sendKeys("Konsolė (demo, numeris)");
            assertEquals("Rokiškis", browser.text(By.id("asset:partner_label")), "the user's own partner");
            assertTrue(value(browser, "asset:inventoryNumber").startsWith("ROK-"), value(browser, "asset:inventoryNumber"));
            browser.typeInto("asset:acquiredOn", "2019-05-02");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> value(browser,
                    "asset:inventoryNumber").startsWith("ROK-2019-"));
            String proposed = value(browser, "asset:inventoryNumber");
            browser.choose("asset:category", "Kita");

            // a typed number of another partner's or another year's series is refused with the series to use
            browser.driver().findElement(By.id("asset:inventoryNumber")).clear();
            browser.driver().findElement(By.id("asset:inventoryNumber")).sendKeys("LUD-2026-0901");
            browser.click(By.id("asset:save"));
            browser.waitForText(By.id("asset"), "ROK-2019-");
            assertTrue(browser.text(By.id("asset")).contains("serijoje"), browser.text(By.id("asset")));
            browser.screenshot("asset-number-series-lt");

            browser.driver().findElement(By.id("asset:inventoryNumber")).clear();
            browser.driver().findElement(By.id("asset:inventoryNumber")).sendKeys(proposed);
            browser.click(By.id("asset:save"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("id="));
            browser.waitFor(By.id("head"));
            assertTrue(browser.text(By.id("head")).contains(proposed), browser.text(By.id("head")));

            // lent until a date: the history names it as a loan's date ("return by"), not an invoice's ("pay by")
            browser.waitFor(By.id("lifecycle:lentTo")).sendKeys("Skaitykla");
            browser.typeInto("lifecycle:dueOn", "2030-01-15");
            browser.click(By.id("lifecycle:checkOut"));
            browser.waitForText(By.id("historyPanel"), "Grąžinti iki");
            assertTrue(!browser.text(By.id("historyPanel")).contains("Apmokėti iki"), browser.text(By.id("historyPanel")));
            browser.screenshot("asset-history-lt");
        }
    }

    private static String value(Browser browser, String id) {
        return browser.value(By.id(id));
    }
}
