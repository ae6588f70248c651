package lv.ludza.openup.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import lv.ludza.openup.it.Browser;
import lv.ludza.openup.it.ClientTest;

/** An accountant enters an invoice with two lines (one mistyped first) and pays it in two parts. */
class InvoiceBrowserIT extends ClientTest {

    @Test
    void anInvoiceIsEnteredAndPaid() {
        String number = "CEL-" + System.currentTimeMillis() % 100000;
        try (Browser browser = new Browser(base)) {
            browser.login("accountant", "openup2018");
            browser.waitFor(By.id("projectCode"));
            browser.chooseLanguage("en");
            browser.open("/procurement/invoices.xhtml");
            browser.waitForText(By.id("list:invoices"), "DT-2018/0620");
            assertTrue(browser.text(By.id("list:invoices")).contains("Paid in full"));

            browser.click(By.id("list:invoices:new"));
            browser.choose("invoice:partner", "Ludza");
            browser.choose("invoice:supplier", "Demo Supplier SIA \"Ceļojumi\"");
            browser.driver().findElement(By.id("invoice:number")).sendKeys(number);
            browser.typeInto("invoice:issuedOn", "24 Sept 2018".replace("Sept", "Sep"));
            browser.driver().findElement(By.id("invoice:lineTable:0:description")).sendKeys("Flights Riga–Berlin (demo)");
            browser.typeInto("invoice:lineTable:0:net", "1200");
            browser.typeInto("invoice:lineTable:0:vat", "0");
            browser.typeInto("invoice:lineTable:0:gross", "1200");
            browser.click(By.id("invoice:addLine"));
            browser.waitFor(By.id("invoice:lineTable:1:description")).sendKeys("Travel insurance (demo)");
            browser.typeInto("invoice:lineTable:1:net", "50");
            browser.typeInto("invoice:lineTable:1:vat", "10.5");
            browser.typeInto("invoice:lineTable:1:gross", "60");
            browser.click(By.id("invoice:save"));
            browser.waitForText(By.id("invoice"), "Line 2: the amount with VAT must be net + VAT = ");
            browser.screenshot("invoice-mismatch-en");
            assertEquals("Travel insurance (demo)",
                    browser.value(By.id("invoice:lineTable:1:description")));

            browser.typeInto("invoice:lineTable:1:gross", "60.5");
            browser.click(By.id("invoice:save"));
            browser.waitForText(By.id("invoice:messages"), "was entered");
            assertEquals("€1,260.50", browser.text(By.id("outstanding")));

            browser.typeInto("payments:paidOn", "1 Oct 2018");
            browser.typeInto("payments:paymentAmount", "2000");
            browser.click(By.id("payments:pay"));
            browser.waitForText(By.id("payments"), "That is more than the €1,260.50 still to pay.");
            browser.typeInto("payments:paymentAmount", "1000");
            browser.click(By.id("payments:pay"));
            browser.waitForText(By.id("outstanding"), "€260.50");
            browser.typeInto("payments:paidOn", "5 Oct 2018");
            browser.typeInto("payments:paymentAmount", "260.5");
            browser.click(By.id("payments:pay"));
            browser.waitForText(By.id("head"), "Paid in full");
            browser.screenshot("invoice-paid-en");
        }
    }
}
