package lv.ludza.openup.procurement;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import lv.ludza.openup.it.Browser;
import lv.ludza.openup.it.ClientTest;

/**
 * Issue 17, part 4 in the browser: the procurement threshold warning shown in the contract form before saving,
 * saving still possible, the warning kept on the record (after a reload, in its history); a Lithuanian partner's
 * contract checked against Lithuania's thresholds, in Lithuanian.
 */
class ProcurementCheckBrowserIT extends ClientTest {

    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Test
    void aContractReachingAThresholdIsWarnedOfBeforeSavingAndKeepsTheWarning() {
        String number = "BRW-" + System.currentTimeMillis() % 1_000_000;
        try (Browser browser = new Browser(base)) {
            browser.login("accountant", "openup2018");
            browser.waitFor(By.id("projectCode"));
            browser.chooseLanguage("lv");

            browser.open("/procurement/contract.xhtml");
            browser.choose("contract:partner", "Jēkabpils");
            browser.driver().findElement(By.id("contract:number")).sendKeys(number);
            browser.typeInto("contract:signedOn", "04.03.2021.");
            browser.driver().findElement(By.id("contract:subject")).sendKeys("Grāmatu plaukti (demo)");
            browser.choose("contract:supplier", "Demo Supplier SIA \"Ceļojumi\"");
            browser.typeInto("contract:net", "9000");
            assertTrue(browser.textEvenIfEmpty(By.id("contract:thresholdCheck")).isBlank(), "below the threshold: no warning");
            browser.typeInto("contract:net", "12 500,00");
            // shown before saving, in words (not colour only), in a live region
            browser.waitForText(By.id("contract:thresholdCheck"), "Iepirkuma robežvērtība sasniegta");
            String before = plain(browser.text(By.id("contract:thresholdCheck")));
            assertTrue(before.contains("12 500,00 €"), before);
            assertTrue(before.contains("10 000,00 €"), before);
            assertTrue(before.contains("Piegāde") && before.contains("Latvija"), before);
            assertTrue(before.contains("Saglabāt var"), before);
            assertTrue(browser.driver().findElements(By.cssSelector("[role='status'] #contract\\:thresholdCheck"))
                    .size() == 1, "the warning is announced (role=status)");
            browser.screenshot("contract-threshold-before-save-lv");

            browser.typeInto("contract:vat", "2625");
            browser.click(By.id("contract:save"));
            browser.waitForText(By.id("contract:messages"), "izveidots");
            assertTrue(browser.text(By.id("contract:messages")).contains("ar iepirkuma brīdinājumu"));
            browser.waitForText(By.id("contract:thresholdCheck"), "Iepirkuma brīdinājums saglabāts pie ieraksta");

            // visible later: after a reload, and in the record's history
            browser.driver().navigate().refresh();
            browser.waitForText(By.id("contract:thresholdCheck"), "Iepirkuma brīdinājums saglabāts pie ieraksta");
            assertTrue(plain(browser.text(By.id("contract:thresholdCheck"))).contains("12 500,00 €"));
            browser.waitForText(By.id("historyPanel"), "Brīdinājums: kopā bez PVN");
            browser.screenshot("contract-threshold-kept-lv");
        }
    }

    @Test
    void rokiskisIsWarnedAgainstLithuaniasThreshold() {
        String number = "RRSB-" + System.currentTimeMillis() % 1_000_000;
        try (Browser browser = new Browser(base)) {
            browser.login("accountant.lt", "openup2018");
            browser.waitFor(By.id("projectCode"));
            browser.chooseLanguage("lt");

            browser.open("/procurement/contract.xhtml");
            browser.choose("contract:partner", "Rokiškis");
            browser.driver().findElement(By.id("contract:number")).sendKeys(number);
            browser.typeInto("contract:signedOn", "2021-09-01");
            browser.driver().findElement(By.id("contract:subject")).sendKeys("Skaityklos baldai (demo)");
            browser.choose("contract:supplier", "Demo Supplier UAB \"Baldų namai\"");
            // 20 000 would reach Latvia's 10 000, not Lithuania's 58 000
            browser.typeInto("contract:net", "20000");
            assertTrue(browser.textEvenIfEmpty(By.id("contract:thresholdCheck")).isBlank(), "Lithuania's limits, not Latvia's");
            browser.typeInto("contract:net", "60000");
            browser.waitForText(By.id("contract:thresholdCheck"), "Pasiekta pirkimo vertės riba");
            String before = plain(browser.text(By.id("contract:thresholdCheck")));
            assertTrue(before.contains("60 000,00 €") && before.contains("58 000,00 €"), before);
            assertTrue(before.contains("Lietuva"), before);
            browser.screenshot("contract-threshold-lithuania-lt");
            browser.click(By.id("contract:save"));
            browser.waitForText(By.id("contract:messages"), "sukurta");
            browser.waitForText(By.id("contract:thresholdCheck"), "Prie įrašo išsaugotas pirkimo įspėjimas");

            // the supplier's totals per partner, kind and year against the thresholds
            browser.open("/procurement/suppliers.xhtml");
            browser.waitForText(By.tagName("body"), "Baldų namai");
            browser.driver().findElement(By.partialLinkText("Baldų namai")).click();
            browser.waitForText(By.tagName("body"), "Pirkta pagal partnerius, rūšis ir metus");
            String totals = plain(browser.text(By.tagName("body")));
            assertTrue(totals.contains("58 500,00 €"), "the demo's split purchase of 2019");
            assertTrue(totals.contains("60 000,00 €"), totals);
        }
    }
}
