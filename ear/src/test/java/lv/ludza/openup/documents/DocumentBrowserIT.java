package lv.ludza.openup.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import lv.ludza.openup.it.Browser;
import lv.ludza.openup.it.ClientTest;

/**
 * An accountant attaches the signed acceptance act (a PDF) to the demo invoice, downloads it again in the browser,
 * reads who did what in the access log, and deletes it after confirming; a renamed program is refused; the auditor
 * reads only.
 */
class DocumentBrowserIT extends ClientTest {

    @Test
    void aPdfIsAttachedToTheDemoInvoiceDownloadedAndDeleted() throws Exception {
        String fileName = "Pieņemšanas akts " + System.currentTimeMillis() % 100000 + ".pdf";
        byte[] pdf = ("%PDF-1.4\n% OPEN UP acceptance act " + System.nanoTime() + "\ntrailer << >>\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
        Path folder = Files.createTempDirectory("openup-upload");
        Path downloads = Files.createTempDirectory("openup-downloads");
        Path file = Files.write(folder.resolve(fileName), pdf);
        try (Browser browser = new Browser(base)) {
            ((ChromeDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            browser.login("accountant", "openup2018");
            browser.waitFor(By.id("projectCode"));
            browser.chooseLanguage("lv"); // users keep their last choice; other tests may have changed it
            openDemoInvoice(browser);
            showDocuments(browser);
            browser.screenshot("documents-invoice-lv");

            browser.driver().findElement(By.id("documents:description")).sendKeys("Parakstīts 20.06.2018.");
            browser.driver().findElement(By.id("documents:file_input")).sendKeys(file.toString());
            browser.waitForText(By.id("documents:messages"), "Dokuments " + fileName + " pievienots.");
            browser.waitForText(By.id("documents:table"), fileName);
            String table = browser.text(By.id("documents:table"));
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
            assertTrue(table.contains(fileName) && table.contains("PDF dokuments") && table.contains("accountant")
                    && table.contains("Parakstīts 20.06.2018.") && table.contains(sha256.substring(0, 12)), table);
            assertEquals("SHA-256 " + sha256, browser.driver()
                    .findElement(By.cssSelector("[id='documents:table'] code.ou-checksum")).getAttribute("title"));
            showDocuments(browser);
            browser.screenshot("documents-attached-lv");

            // the same file again is refused, naming the one it already is
            browser.driver().findElement(By.id("documents:file_input")).sendKeys(file.toString());
            browser.waitForText(By.id("documents:fileMessage"), "jau ir pievienots kā " + fileName);
            showDocuments(browser);
            browser.screenshot("documents-duplicate-lv");

            // downloaded in Chromium: the same bytes, under the same name
            browser.click(By.id("documents:table:0:download"));
            Path downloaded = downloads.resolve(fileName);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> Files.exists(downloaded)
                    && !Files.exists(downloads.resolve(fileName + ".crdownload")));
            assertArrayEquals(pdf, Files.readAllBytes(downloaded));

            // and what the server sends, fetched with the browser's session
            WebElement link = browser.driver().findElement(By.id("documents:table:0:download"));
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(link.getAttribute("href"))).header("Cookie", "JSESSIONID="
                            + browser.driver().manage().getCookieNamed("JSESSIONID").getValue()).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode());
            assertArrayEquals(pdf, response.body());
            assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElseThrow());
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow());
            assertTrue(response.headers().firstValue("Content-Disposition").orElseThrow()
                    .startsWith("attachment; filename=\"Pienemsanas akts "), "with an ASCII fallback name");

            browser.click(By.id("documents:toggleLog"));
            browser.waitForText(By.id("documents:logTable"), "Lejupielādēja");
            assertTrue(browser.text(By.id("documents:logTable")).contains("Pievienoja"));
            show(browser, "documents:log");
            browser.screenshot("documents-log-lv");

            browser.resize(390, 844);
            showDocuments(browser);
            browser.screenshot("documents-phone-lv");
            browser.resize(1280, 900);

            browser.click(By.id("documents:table:0:delete"));
            browser.waitForText(By.id("documents:confirmDelete"), "Dzēst dokumentu " + fileName + "?");
            browser.screenshot("documents-confirm-delete-lv");
            browser.click(By.id("documents:confirmDeleteYes"));
            browser.waitForText(By.id("documents:messages"), "Dokuments " + fileName + " dzēsts.");
            browser.waitForText(By.id("documents:logTable"), "Dzēsa");
            assertTrue(!browser.text(By.id("documents:table")).contains(fileName), "gone from the list");
            showDocuments(browser);
            browser.screenshot("documents-deleted-lv");
        } finally {
            for (Path temporary : new Path[] { folder, downloads }) {
                try (Stream<Path> files = Files.walk(temporary)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    @Test
    void aRenamedProgramIsRefusedAndTheAuditorOnlyReads() throws Exception {
        Path folder = Files.createTempDirectory("openup-upload");
        Path program = Files.write(folder.resolve("invoice.pdf"), ("MZ\u0090\0This program cannot be run in DOS mode.")
                .getBytes(StandardCharsets.ISO_8859_1));
        Path tooLarge = folder.resolve("scan.pdf");
        try (Browser browser = new Browser(base)) {
            browser.login("accountant", "openup2018");
            browser.waitFor(By.id("projectCode"));
            browser.chooseLanguage("en");
            openDemoInvoice(browser);
            browser.driver().findElement(By.id("documents:file_input")).sendKeys(program.toString());
            browser.waitForText(By.id("documents:fileMessage"), "The content of invoice.pdf is not of an accepted type.");
            showDocuments(browser);
            browser.screenshot("documents-refused-en");

            // a file over the limit is refused in the browser, before it is sent
            try (RandomAccessFile big = new RandomAccessFile(tooLarge.toFile(), "rw")) {
                big.setLength(20L * 1024 * 1024 + 1);
            }
            browser.driver().findElement(By.id("documents:file_input")).sendKeys(tooLarge.toString());
            browser.waitForText(By.id("documents:tooLarge"), "The file scan.pdf is larger than 20 MB and cannot be attached.");
            showDocuments(browser);
            browser.screenshot("documents-too-large-en");
        } finally {
            Files.deleteIfExists(tooLarge);
            Files.delete(program);
            Files.delete(folder);
        }
        try (Browser browser = new Browser(base)) {
            browser.login("auditor", "openup2018");
            browser.waitFor(By.id("projectCode"));
            browser.chooseLanguage("en");
            openDemoInvoice(browser);
            assertTrue(browser.driver().findElements(By.id("documents:file")).isEmpty(), "no upload for the auditor");
            assertTrue(browser.text(By.id("documents")).contains("Who uploaded and downloaded"));
            showDocuments(browser);
            browser.screenshot("documents-auditor-en");
        }
    }

    @Test
    void aPhotoShowsAsAPictureAboveTheList() throws Exception {
        Path folder = Files.createTempDirectory("openup-photo");
        Path file = Files.write(folder.resolve("telpa-pirms.png"), DocumentIT.png());
        try (Browser browser = new Browser(base)) {
            browser.login("accountant", "openup2018");
            browser.waitFor(By.id("projectCode"));
            browser.chooseLanguage("en");
            openDemoInvoice(browser);
            browser.driver().findElement(By.id("documents:description")).sendKeys("Room before the works");
            browser.driver().findElement(By.id("documents:file_input")).sendKeys(file.toString());
            browser.waitForText(By.id("documents:photos"), "Room before the works");
            WebElement picture = browser.waitFor(By.cssSelector("[id='documents:photos'] img"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> ((Number) ((ChromeDriver) d)
                    .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0", picture))
                    .intValue() == 4);
            assertEquals("Room before the works", picture.getAttribute("alt"));
            showDocuments(browser);
            browser.screenshot("documents-photo-en");

            // the picture is not a download: the log still says only who attached it
            browser.click(By.id("documents:toggleLog"));
            browser.waitForText(By.id("documents:logTable"), "telpa-pirms.png");
            for (WebElement row : browser.driver().findElements(By.cssSelector("[id='documents:logTable_data'] > tr"))) {
                assertFalse(row.getText().contains("telpa-pirms.png") && row.getText().contains("Downloaded"),
                        row.getText());
            }

            String name = browser.text(By.id("documents:table"));
            assertTrue(name.contains("telpa-pirms.png"), name);
            browser.click(By.id("documents:table:0:delete"));
            browser.click(By.id("documents:confirmDeleteYes"));
            browser.waitForText(By.id("documents:messages"), "Document telpa-pirms.png was deleted.");
            assertTrue(browser.driver().findElements(By.cssSelector("[id='documents:photos'] img")).isEmpty(),
                    "the picture goes with its document");
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }

    /** Scrolls the documents to the top of the window, below the top bar, for the screenshot. */
    private static void showDocuments(Browser browser) {
        show(browser, "documents");
    }

    private static void show(Browser browser, String id) {
        ((ChromeDriver) browser.driver()).executeScript("var top = document.getElementById(arguments[0])"
                + ".getBoundingClientRect().top; window.scrollBy(0, top - 72);", id);
    }

    private static void openDemoInvoice(Browser browser) {
        browser.open("/procurement/invoices.xhtml");
        browser.click(By.linkText("DT-2018/0620"));
        browser.waitFor(By.id("documents:table"));
    }
}
