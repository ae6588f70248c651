package lv.ludza.openup.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.stream.StreamSupport;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import lv.ludza.openup.it.Browser;
import lv.ludza.openup.it.ClientTest;

/**
 * The money spine end to end in the browser: an accountant enters and pays an invoice, declares its line as
 * expenditure, sees the budget overview and the partner report change, downloads the report as XLSX (read back
 * here) and PDF, and submits it.
 */
class ExpenditureBrowserIT extends ClientTest {

    @Test
    void aPaidInvoiceIsDeclaredAndReachesTheBudgetAndThePartnerReport() throws IOException {
        String number = "REM-" + System.currentTimeMillis() % 100000;
        try (Browser browser = new Browser(base)) {
            browser.login("accountant", "openup2018");
            browser.waitFor(By.id("projectCode"));
            browser.chooseLanguage("en");
            browser.open("/project/budget.xhtml");
            String spentBefore = browser.text(By.id("spentTotal"));

            browser.open("/procurement/invoice.xhtml");
            browser.choose("invoice:partner", "Rokiškis");
            browser.choose("invoice:supplier", "Demo Supplier UAB \"Remontas\"");
            browser.driver().findElement(By.id("invoice:number")).sendKeys(number);
            browser.typeInto("invoice:issuedOn", "14 Oct 2019");
            browser.driver().findElement(By.id("invoice:lineTable:0:description")).sendKeys("Floor covering (demo)");
            browser.typeInto("invoice:lineTable:0:net", "1000");
            browser.typeInto("invoice:lineTable:0:vat", "210");
            browser.typeInto("invoice:lineTable:0:gross", "1210");
            browser.click(By.id("invoice:save"));
            browser.waitForText(By.id("invoice:messages"), "was entered");

            // declared before it is paid: refused with the reason, nothing declared
            browser.click(By.id("expenditure:declarations:0:declare"));
            browser.choose("declare:category", "Infrastructure and works");
            browser.click(By.id("declare:save"));
            browser.waitForText(By.id("declare"), "The invoice is not paid in full (€1,210.00 outstanding)");
            browser.screenshot("expenditure-not-paid-en");
            browser.driver().findElement(By.cssSelector("#declareDialog .ui-dialog-titlebar-close")).click();

            browser.typeInto("payments:paidOn", "21 Oct 2019");
            browser.typeInto("payments:paymentAmount", "1210");
            browser.click(By.id("payments:pay"));
            browser.waitForText(By.id("head"), "Paid in full");

            browser.click(By.id("expenditure:declarations:0:declare"));
            browser.choose("declare:category", "Infrastructure and works");
            assertTrue(browser.value(By.id("declare:amount"))
                    .contains("1,210.00"), "the gross amount is proposed");
            browser.click(By.id("declare:save"));
            browser.waitForText(By.id("expenditure"), "Reporting period 4");
            browser.screenshot("expenditure-declared-en");

            browser.open("/project/budget.xhtml");
            assertNotEquals(spentBefore, browser.text(By.id("spentTotal")), "the budget overview shows the new spending");
            assertTrue(browser.text(By.id("spentTable")).contains("€1,210.00"));
            // a spent amount opens the expenditure behind it: that partner, that category
            browser.click(By.linkText("€1,210.00"));
            browser.waitForText(By.id("list:items"), "Floor covering (demo)");
            assertFalse(browser.text(By.id("list:items")).contains("Portatīvie datori"), "only Rokiškis' works");

            browser.open("/procurement/invoices.xhtml");
            browser.waitForText(By.id("list:invoices"), number);
            browser.click(By.linkText(number));
            browser.click(By.linkText("Infrastructure and works"));
            browser.waitForText(By.id("report"), "Partner report · Rokiškis · Reporting period 4");
            assertTrue(browser.text(By.id("report:items")).contains("Floor covering (demo)"));
            browser.screenshot("partner-report-en");

            byte[] xlsx = browser.download(browser.driver().findElement(By.id("report:xlsx")).getAttribute("href"));
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                Sheet sheet = workbook.getSheetAt(0);
                Row total = StreamSupport.stream(sheet.spliterator(), false)
                        .filter(row -> row.getCell(0) != null && "Total".equals(row.getCell(0).toString()))
                        .findFirst().orElseThrow();
                assertEquals(1210.00, total.getCell(2).getNumericCellValue(), 0.001, "declared total");
                Row erdf = sheet.getRow(total.getRowNum() + 1);
                assertEquals(1028.50, erdf.getCell(2).getNumericCellValue(), 0.001, "ERDF share, 85 %");
            }
            byte[] pdf = browser.download(browser.driver().findElement(By.id("report:pdf")).getAttribute("href"));
            browser.keep("partner-report-en.pdf", pdf);
            browser.keep("partner-report-en.xlsx", xlsx);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document);
                assertTrue(text.contains("Partner report: Rokiškis, reporting period 4"), text);
                assertTrue(text.contains("€1,210.00"), text);
                assertTrue(text.contains("€1,028.50"), text);
                assertTrue(text.contains("Co-financed by the European Union"), text);
            }

            browser.click(By.id("report:submit"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForText(By.id("status"), "Submitted");
            browser.waitForText(By.id("report:messages"), "The report was submitted.");
        }
    }

    /**
     * The certified demo report says which items miss evidence before its evidence pack is downloaded, in each
     * language, on a desktop and a phone; the pack's link gives the ZIP with its manifest.
     */
    @Test
    void theReportPageWarnsOfMissingEvidenceAndGivesThePack() throws IOException {
        try (Browser browser = new Browser(base)) {
            browser.login("accountant", "openup2018");
            browser.waitFor(By.id("projectCode"));
            browser.chooseLanguage("en");
            browser.open("/procurement/reports.xhtml");
            // Ludza's first period: the certified one
            browser.click(By.xpath("//tr[td[contains(., '1 Apr 2018')] and td[contains(., 'Certified')]]"
                    + "//a[normalize-space()='Ludza']"));
            browser.waitForText(By.id("report:evidence"), "Items without a bank statement of the payment: 2");
            for (String language : java.util.List.of("lv", "lt", "en")) {
                browser.chooseLanguage(language);
                browser.waitFor(By.id("report:evidence"));
                browser.resize(1280, 900);
                scrollTo(browser, "center");
                browser.screenshot("report-evidence-" + language);
                browser.resize(390, 844);
                scrollTo(browser, "start");
                browser.screenshot("report-evidence-" + language + "-phone");
            }
            browser.resize(1280, 900);
            assertTrue(browser.text(By.id("report:evidence")).contains("Costs declared without an invoice"),
                    browser.text(By.id("report:evidence")));
            byte[] zip = browser.download(browser.driver().findElement(By.id("report:evidencePack"))
                    .getAttribute("href"));
            browser.keep("evidence-pack-en.zip", zip);
            java.util.List<String> names = new java.util.ArrayList<>();
            try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
                for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    names.add(entry.getName());
                }
            }
            assertTrue(names.containsAll(java.util.List.of("README.txt", "manifest.csv", "missing.csv",
                    "openup-report-Ludza-1.pdf")), names.toString());

            // the staff cost without documents opens its own page, where its evidence is attached
            browser.click(By.linkText("Projekta koordinatores atalgojums 2018. gada aprīlis–septembris (demo)"));
            browser.waitFor(By.id("itemRecord"));
            assertTrue(browser.text(By.id("itemRecord")).contains("Staff costs"), browser.text(By.id("itemRecord")));
            assertTrue(browser.text(By.id("itemRecord")).contains("€5,400.00"), browser.text(By.id("itemRecord")));
            assertFalse(browser.driver().findElements(By.id("documents:file")).isEmpty(),
                    "Ludza's accountant may attach the timesheets");
            for (String language : java.util.List.of("lv", "lt", "en")) {
                browser.chooseLanguage(language);
                browser.waitFor(By.id("itemRecord"));
                browser.resize(1280, 900);
                browser.screenshot("expenditure-item-" + language);
                browser.resize(390, 844);
                browser.screenshot("expenditure-item-" + language + "-phone");
            }
            browser.resize(1280, 900);
        }
    }

    private static void scrollTo(Browser browser, String where) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('report:evidence').scrollIntoView({block: arguments[0]})", where);
    }

    /**
     * A declared other cost (staff costs) is changed and withdrawn on the expenditure list while its report is a
     * draft; one in a certified report offers neither.
     */
    @Test
    void anAccountantChangesAndWithdrawsAnotherCostWhileItsReportIsADraft() {
        String what = "Bibliotekāres atalgojums jūnijs (demo " + System.currentTimeMillis() % 100000 + ")";
        try (Browser browser = new Browser(base)) {
            browser.login("accountant", "openup2018");
            browser.waitFor(By.id("projectCode"));
            browser.chooseLanguage("lv");
            browser.open("/procurement/expenditure.xhtml");
            browser.driver().findElement(By.id("list:search")).sendKeys("koordinatores atalgojums");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20)).until(
                    d -> d.findElements(By.cssSelector("[id='list:items_data'] > tr")).size() == 1);
            browser.waitForText(By.id("list:items"), "Projekta koordinatores atalgojums");
            assertTrue(browser.driver().findElements(By.cssSelector("[id$=':change'], [id$=':withdraw']")).isEmpty(),
                    "a cost in the certified first report cannot be changed");

            browser.click(By.id("list:declareOther"));
            browser.choose("other:otherPartner", "Jēkabpils");
            browser.choose("other:category", "Personāla izmaksas");
            browser.waitFor(By.id("other:description")).sendKeys(what);
            browser.typeInto("other:documentDate", "05.06.2019.");
            browser.typeInto("other:paidOn", "10.06.2019.");
            browser.typeInto("other:amount", "1 000,00");
            browser.click(By.id("other:save"));
            browser.waitForText(By.id("list:messages"), "Deklarēts");

            browser.driver().findElement(By.id("list:search")).clear();
            browser.driver().findElement(By.id("list:search")).sendKeys(what.substring(what.indexOf("(demo")));
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20)).until(
                    d -> d.findElements(By.cssSelector("[id='list:items_data'] > tr")).size() == 1
                            && d.findElement(By.id("list:items")).getText().contains(what));
            browser.click(By.cssSelector("[id='list:items_data'] [id$=':change']"));
            browser.waitFor(By.id("change:amount"));
            assertEquals("1\u00a0000,00", browser.value(By.id("change:amount")));
            browser.typeInto("change:amount", "900.50");
            browser.click(By.id("change:save"));
            browser.waitForText(By.id("list:messages"), "Mainīts");
            browser.waitForText(By.id("list:items"), "900,50");
            browser.screenshot("expenditure-other-changed-lv");

            browser.click(By.cssSelector("[id='list:items_data'] [id$=':withdraw']"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForText(By.id("list:messages"), "Atsaukts");
            browser.waitForText(By.id("list:items"), "Nekas nav atrasts.");
        }
    }
}
