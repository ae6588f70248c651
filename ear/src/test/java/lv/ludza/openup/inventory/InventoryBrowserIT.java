package lv.ludza.openup.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import lv.ludza.openup.it.Browser;
import lv.ludza.openup.it.ClientTest;

/**
 * The flow: a librarian registers the demo invoice's whiteboards as assets, prints their labels, lends
 * one out and back, counts a room with one item missing and one moved, downloads the protocol; the coordinator
 * looks at the durability dashboard.
 */
class InventoryBrowserIT extends ClientTest {

    @Test
    void aLibrarianRegistersLabelsLendsAndCountsAndTheCoordinatorSeesDurability() throws Exception {
        try (Browser browser = new Browser(base)) {
            browser.login("staff", "openup2018");
            browser.waitFor(By.id("projectCode"));
            browser.chooseLanguage("lv");

            // from the invoice to assets
            browser.open("/procurement/invoices.xhtml");
            browser.click(By.linkText("DT-2018/0620"));
            browser.click(By.xpath("//tbody[@id='expenditure:declarations_data']/tr[contains(., 'Interaktīvās tāfeles')]"
                    + "//*[contains(@id, ':assets')]"));
            browser.waitFor(By.id("fromInvoice:create"));
            assertTrue(browser.text(By.id("explain")).contains("LUD-2018-0007"), browser.text(By.id("explain")));
            browser.choose("fromInvoice:location", "Bērnu nodaļa");
            browser.screenshot("inventory-from-invoice-lv");
            browser.click(By.id("fromInvoice:create"));
            browser.waitForText(By.id("fromInvoice:messages"), "Izveidoti 3 pamatlīdzekļi: LUD-2018-0007–LUD-2018-0009");
            browser.waitForText(By.id("fromInvoice:assets"), "Interaktīvā");
            browser.screenshot("inventory-from-invoice-created-lv");

            byte[] labels = browser.download(browser.driver().findElement(By.id("fromInvoice:labels")).getAttribute("href"));
            browser.keep("inventory-labels.pdf", labels);
            try (PDDocument document = Loader.loadPDF(labels)) {
                String text = new PDFTextStripper().getText(document);
                assertTrue(text.contains("LUD-2018-0007") && text.contains("LUD-2018-0009"), text);
                assertTrue(text.contains("Līdzfinansē Eiropas Savienība") && text.contains("Interreg V-A"), text);
                assertTrue(text.contains("Ludza"), text);
            }

            // lend one out and back
            browser.click(By.linkText("LUD-2018-0007"));
            browser.waitFor(By.id("lifecycle:lentTo")).sendKeys("Jānis Bērziņš, 5.b klase");
            browser.click(By.id("lifecycle:checkOut"));
            browser.waitForText(By.id("head"), "Izsniegts");
            browser.waitForText(By.id("lifecycle"), "Jānis Bērziņš");
            browser.screenshot("inventory-asset-lent-lv");
            browser.click(By.id("lifecycle:checkOut"));
            browser.waitForText(By.id("lifecycle"), "Izsniegt var tikai lietošanā esošu");
            assertFalse(browser.text(By.id("asset")).contains("Izsniegt var tikai"),
                    "the refusal shows once, where the action was, though the action updates the asset's form too");
            browser.click(By.id("lifecycle:checkIn"));
            browser.waitForText(By.id("head"), "Lietošanā");
            browser.waitForText(By.id("historyPanel"), "staff");
            String history = browser.text(By.id("historyPanel"));
            assertTrue(history.contains("Izsniegts") && !history.contains("LENT_OUT") && !history.contains("WHITEBOARD"),
                    "states and categories read by their names: " + history);

            // a stock-take of the children's room: 0007 found, 0008 found, 0001 moved (it stands in the computer class)
            browser.open("/inventory/stocktakes.xhtml");
            browser.choose("start:partner", "Ludza");
            browser.choose("start:location", "Bērnu nodaļa");
            browser.click(By.id("start:begin"));
            browser.waitFor(By.id("scanner:scan"));
            scanInto(browser, "LUD-2018-0007", "Atrasts");
            scanInto(browser, "lud-2018-0008", "LUD-2018-0008");
            scanInto(browser, "LUD-2018-0001", "Pārvietots");
            scanInto(browser, "LUD-1999-0001", "nav reģistrā");
            assertEquals("scanner:scan", browser.driver().switchTo().activeElement().getAttribute("id"),
                    "the field keeps the focus for the next scan");
            browser.screenshot("inventory-stocktake-scanning-lv");
            browser.resize(390, 844);
            browser.screenshot("inventory-stocktake-phone-lv");
            browser.resize(1280, 900);

            // the number not in the register is kept: a reload still lists it
            browser.driver().navigate().refresh();
            browser.waitForText(By.id("result:entries"), "LUD-1999-0001");
            assertTrue(browser.text(By.id("result:entries")).contains("Nav reģistrā"), browser.text(By.id("result:entries")));
            browser.click(By.id("result:close"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForText(By.id("head"), "Pabeigta");
            browser.waitForText(By.id("result:entries"), "Trūkst");
            assertTrue(browser.driver().findElements(By.id("scanner:scan")).isEmpty(), "no scanning once closed");
            String entries = browser.text(By.id("result:entries"));
            assertTrue(entries.contains("LUD-2018-0009"), entries);
            browser.screenshot("inventory-stocktake-closed-lv");
            byte[] protocol = browser.download(browser.driver().findElement(By.id("result:protocol")).getAttribute("href"));
            browser.keep("inventory-stocktake-protocol.pdf", protocol);
            try (PDDocument document = Loader.loadPDF(protocol)) {
                String text = new PDFTextStripper().getText(document);
                assertTrue(text.contains("Inventarizācijas protokols"), text);
                assertTrue(text.contains("Trūkst: 1") && text.contains("Pārvietots: 1") && text.contains("Atrasts: 2"),
                        text);
                assertTrue(text.contains("Nav reģistrā: 1") && text.contains("LUD-1999-0001"), "the unknown scan: " + text);
                assertTrue(text.contains("Komisijas loceklis"), text);
            }

            // the list, filtered by status
            browser.open("/inventory/assets.xhtml");
            browser.driver().findElement(By.id("list:assets:globalFilter")).sendKeys("tāfele");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions
                    .numberOfElementsToBe(By.cssSelector("[id='list:assets_data'] > tr"), 3));
            browser.screenshot("inventory-assets-lv");

            // tick boxes (each labelled for a screen reader), not only Ctrl+click, choose the labels to print
            java.util.List<WebElement> ticks = browser.driver().findElements(
                    By.cssSelector("[id='list:assets_data'] > tr .ui-chkbox"));
            assertEquals(3, ticks.size(), "a tick box in every row");
            for (WebElement input : browser.driver().findElements(
                    By.cssSelector("[id='list:assets_data'] > tr .ui-chkbox input"))) {
                assertFalse(String.valueOf(input.getAttribute("aria-label")).isBlank(), "an accessible label");
            }
            tick(browser, 0, 1);
            tick(browser, 2, 2);
            browser.screenshot("inventory-assets-ticked-lv");
            // the sheet opens in the browser or downloads, as the browser decides: read it either way
            java.nio.file.Path downloads = java.nio.file.Files.createTempDirectory("openup-labels");
            ((org.openqa.selenium.chrome.ChromeDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                    java.util.Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            browser.click(By.id("list:assets:labels"));
            byte[][] sheet = new byte[1][];
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> {
                if (d.getCurrentUrl().contains("labels.pdf")) {
                    sheet[0] = browser.download(d.getCurrentUrl());
                    return true;
                }
                try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(downloads)) {
                    java.util.Optional<java.nio.file.Path> pdf = files.filter(f -> f.toString().endsWith(".pdf")).findFirst();
                    if (pdf.isPresent()) {
                        sheet[0] = java.nio.file.Files.readAllBytes(pdf.get());
                        return true;
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return false;
            });
            try (PDDocument document = Loader.loadPDF(sheet[0])) {
                String text = new PDFTextStripper().getText(document);
                java.util.Set<String> numbers = new java.util.TreeSet<>();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("LUD-\\d{4}-\\d{4}").matcher(text);
                while (m.find()) {
                    numbers.add(m.group());
                }
                assertEquals(2, numbers.size(), "the two ticked: " + numbers);
            }
            browser.open("/inventory/assets.xhtml");
            browser.waitFor(By.id("list:assets"));
            browser.resize(390, 844);
            browser.screenshot("inventory-assets-phone-lv");
        }
        try (Browser browser = new Browser(base)) {
            browser.login("coordinator", "openup2018");
            browser.waitFor(By.id("projectCode"));
            browser.chooseLanguage("lv");
            browser.open("/inventory/durability.xhtml");
            browser.waitFor(By.id("durability:years"));
            browser.waitForText(By.id("lists"), "LUD-2018-0001");
            assertTrue(browser.text(By.id("keepUntil")).contains("2024"), browser.text(By.id("keepUntil")));
            String early = browser.text(By.cssSelector("[id$='early']"));
            assertTrue(early.contains("ROK-2018-0003") && early.contains("Nozaudēts") && early.contains("Pavogta"),
                    "the demo's console lost in 2019, before its keep-until date, is flagged: " + early);
            browser.screenshot("inventory-durability-lv");
        }
    }

    private static void scanInto(Browser browser, String number, String expected) {
        WebElement field = browser.waitFor(By.id("scanner:scan"));
        field.sendKeys(number, Keys.ENTER);
        // the result is replaced by each answer: look it up again until it says what is expected
        browser.waitForText(By.cssSelector(".ou-scan-last"), expected);
    }

    /** Ticks the box of a row of the asset list (found again if the table was redrawn), until that many are ticked. */
    private static void tick(Browser browser, int row, int ticked) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                    if (d.findElements(By.cssSelector("[id='list:assets_data'] > tr[aria-selected='true']")).size() < ticked) {
                        WebElement box = d.findElements(By.cssSelector("[id='list:assets_data'] > tr .ui-chkbox-box")).get(row);
                        if (!"true".equals(box.findElement(By.xpath("ancestor::tr")).getAttribute("aria-selected"))) {
                            box.click();
                        }
                    }
                    return d.findElements(By.cssSelector("[id='list:assets_data'] > tr[aria-selected='true']")).size()
                            == ticked;
                });
    }
}
