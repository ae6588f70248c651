package lv.ludza.openup.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import lv.ludza.openup.it.Browser;
import lv.ludza.openup.it.ClientTest;

/**
 * The coordinator runs a procurement in the browser: a procedure from planned to awarded, then the contract
 * with the winner (after trying the wrong supplier).
 */
class ProcurementBrowserIT extends ClientTest {

    @Test
    void fromProcedureToContract() {
        String reference = "LNP 2018/" + (100 + System.currentTimeMillis() % 800);
        try (Browser browser = new Browser(base)) {
            browser.login("coordinator", "openup2018");
            browser.waitFor(By.id("projectCode"));
            browser.chooseLanguage("lv");

            browser.open("/procurement/procedures.xhtml");
            browser.waitForText(By.id("list:procedures"), "LNP 2018/15");
            assertTrue(browser.text(By.id("list:procedures")).contains("Piešķirts"));
            browser.screenshot("procedures-lv");

            browser.click(By.id("list:procedures:new"));
            browser.click(By.id("procedure:save"));
            browser.waitForText(By.id("procedure"), "Izvēlieties partneri.");
            assertTrue(browser.text(By.id("procedure")).contains("Ievadiet priekšmetu."));

            browser.choose("procedure:partner", "Ludza");
            browser.driver().findElement(By.id("procedure:reference")).sendKeys(reference);
            browser.driver().findElement(By.id("procedure:subject")).sendKeys("Virtuālās realitātes spēļu konsoles (demo)");
            browser.typeInto("procedure:estimatedValue", "4500");
            browser.click(By.id("procedure:save"));
            browser.waitForText(By.id("procedure:messages"), "izveidota");

            browser.click(By.id("steps:announce"));
            browser.waitForText(By.id("steps"), "Ievadiet šī soļa datumu.");
            browser.typeInto("steps:stepDate", "02.07.2018.");
            browser.click(By.id("steps:announce"));
            browser.waitFor(By.id("steps:evaluate"));
            browser.click(By.id("steps:evaluate"));
            browser.waitFor(By.id("steps:award"));
            browser.choose("steps:winnerChoice", "Demo Supplier SIA \"Ceļojumi\"");
            browser.typeInto("steps:stepDate", "20.07.2018.");
            browser.click(By.id("steps:award"));
            browser.waitForText(By.id("head"), "Piešķirts");
            assertEquals("Demo Supplier SIA \"Ceļojumi\"", browser.text(By.id("winner")));
            browser.screenshot("procedure-awarded-lv");

            browser.open("/procurement/contract.xhtml");
            browser.choose("contract:partner", "Ludza");
            browser.driver().findElement(By.id("contract:number")).sendKeys(reference + "-1");
            browser.typeInto("contract:signedOn", "25.07.2018.");
            browser.driver().findElement(By.id("contract:subject")).sendKeys("Spēļu konsoles (demo)");
            browser.choose("contract:supplier", "Demo Supplier SIA \"Datortehnika\"");
            browser.choose("contract:procedure", reference + " – Virtuālās realitātes spēļu konsoles (demo)");
            browser.typeInto("contract:net", "3200");
            browser.typeInto("contract:vat", "672");
            browser.click(By.id("contract:save"));
            browser.waitForText(By.id("contract"), "līgums jāslēdz ar uzvarētāju");
            browser.screenshot("contract-wrong-supplier-lv");

            browser.choose("contract:supplier", "Demo Supplier SIA \"Ceļojumi\"");
            browser.click(By.id("contract:save"));
            browser.waitForText(By.id("contract:messages"), "izveidots");
            assertEquals("3 872,00 €", browser.text(By.id("contract:gross")).replace('\u00a0', ' ')
                    .replace('\u202f', ' '), "gross = net + VAT");
            browser.waitForText(By.id("historyPanel"), "coordinator");
            browser.screenshot("contract-saved-lv");
        }
    }
}
