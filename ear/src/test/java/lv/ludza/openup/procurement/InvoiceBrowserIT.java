package lv.ludza.openup.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import lv.ludza.openup.it.Browser;
import lv.ludza.openup.it.ClientTest;
import lv.ludza.openup.it.LatvianSpreadsheet;

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

    /**
     * An accountant types the net the Latvian way and picks the rate: VAT and gross are computed (half up per line);
     * a VAT typed by hand two cents off the rate is kept, with a warning at the line and after saving.
     */
    @Test
    void aLineAtAVatRateComputesVatAndGross() {
        String number = "PVN-" + System.currentTimeMillis() % 100000;
        try (Browser browser = new Browser(base)) {
            browser.login("accountant", "openup2018");
            browser.waitFor(By.id("projectCode"));
            browser.chooseLanguage("lv");
            browser.open("/procurement/invoice.xhtml");
            browser.choose("invoice:partner", "Ludza");
            browser.choose("invoice:supplier", "Demo Supplier SIA \"Ceļojumi\"");
            browser.driver().findElement(By.id("invoice:number")).sendKeys(number);
            browser.typeInto("invoice:issuedOn", "24.09.2018.");
            browser.driver().findElement(By.id("invoice:lineTable:0:description")).sendKeys("Portatīvais dators");
            browser.typeInto("invoice:lineTable:0:net", "1 250,50");
            browser.choose("invoice:lineTable:0:rate", "21 %");
            browser.waitForText(By.id("invoice:lineTable:0:computedGross"), "1 513,11");
            assertEquals("262,61", browser.value(By.id("invoice:lineTable:0:vat")), "1250.50 × 21 % = 262.605, half up");

            browser.click(By.id("invoice:addLine"));
            browser.waitFor(By.id("invoice:lineTable:1:description")).sendKeys("Pele");
            browser.choose("invoice:lineTable:1:rate", "21 %");
            browser.typeInto("invoice:lineTable:1:net", "10.00");
            browser.waitForText(By.id("invoice:lineTable:1:computedGross"), "12,10");
            browser.typeInto("invoice:lineTable:1:vat", "2,12");
            browser.waitForText(By.id("invoice:lineTable:1:vatHint"), "Pēc likmes: 2,10");
            browser.waitForText(By.id("invoice:lineTable:1:computedGross"), "12,12");
            browser.screenshot("invoice-vat-rate-lv");

            browser.click(By.id("invoice:save"));
            browser.waitForText(By.id("invoice:messages"), "2. rinda: PVN 2,12");
            assertTrue(browser.text(By.id("invoice:messages")).contains("reģistrēts"), "saved all the same");
            browser.waitForText(By.id("outstanding"), "1 525,23");
            assertEquals("21 %", browser.text(By.id("invoice:lineTable:0:rate_label")));
            assertEquals("262,61", browser.value(By.id("invoice:lineTable:0:vat")));
            browser.waitForText(By.id("invoice:lineTable:1:vatHint"), "Pēc likmes: 2,10");
        }
    }

    /**
     * The invoices' CSV, downloaded from the English screen, opens in a Latvian Excel with amounts as numbers (decimal
     * comma) equal to what the screen shows, and with ā, ļ, ē intact.
     */
    @Test
    void theInvoicesCsvOpensInALatvianSpreadsheet() {
        try (Browser browser = new Browser(base)) {
            browser.login("auditor", "openup2018");
            browser.waitFor(By.id("projectCode"));
            browser.chooseLanguage("en");
            browser.open("/procurement/invoices.xhtml");
            browser.waitForText(By.id("list:invoices"), "DT-2018/0620");
            String row = browser.text(By.xpath("//tbody[@id='list:invoices_data']/tr[.//a[text()='DT-2018/0620']]"));
            java.util.regex.Matcher shown = java.util.regex.Pattern.compile("€([\\d,]+\\.\\d\\d)").matcher(row);
            assertTrue(shown.find(), row);
            java.math.BigDecimal gross = new java.math.BigDecimal(shown.group(1).replace(",", ""));

            LatvianSpreadsheet csv = LatvianSpreadsheet.open(browser.downloadedBy(By.id("list:invoices:csv"),
                    "openup-invoices.csv"));
            java.util.List<String> invoice = csv.rowWhere("Invoice no.", "DT-2018/0620");
            assertEquals(0, gross.compareTo(LatvianSpreadsheet.number(invoice.get(csv.column("Amount with VAT")))),
                    "the screen's " + gross + " in " + invoice);
            assertEquals("Demo Supplier SIA \"Datortehnika\"", invoice.get(csv.column("Supplier")));
            csv.rows().forEach(r -> LatvianSpreadsheet.number(r.get(csv.column("Paid"))));
        }
    }
}
