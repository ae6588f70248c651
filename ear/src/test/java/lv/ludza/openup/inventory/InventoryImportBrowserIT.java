package lv.ludza.openup.inventory;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import lv.ludza.openup.it.Browser;
import lv.ludza.openup.it.ClientTest;

/** A librarian uploads a CSV with one bad row, reads the report, fixes the row and imports the file. */
class InventoryImportBrowserIT extends ClientTest {

    private static final String HEADER = "Inventāra numurs;Nosaukums;Kategorija;Partneris;Telpa;Statuss;Iegādes datums;"
            + "Cena bez PVN;Cena ar PVN;Glabāt līdz;Ražotājs;Modelis;Sērijas numurs\n";

    /** PrimeFaces hides the file input behind its button: present, not visible. */
    private static org.openqa.selenium.WebElement fileInput(Browser browser) {
        return new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("input[type='file'][id='import:file_input']")));
    }

    @Test
    void aLibrarianFixesTheReportedRowAndImports() throws Exception {
        String serial = "IMP" + System.nanoTime();
        Path broken = Files.createTempFile("openup-import", ".csv");
        Files.writeString(broken, HEADER
                + ";Planšetdators Lenovo Tab;Portatīvais dators;Ludza;Lasītava;;15.03.2019;250,00;302,50;Lenovo;Tab M10;" + serial + "\n"
                + ";Grāmatu plaukts;Mēbeles;Ludza;Nav tādas telpas;;15.03.2019;120,00;145,20;;;\n", StandardCharsets.UTF_8);
        Path fixed = Files.createTempFile("openup-import", ".csv");
        Files.writeString(fixed, Files.readString(broken).replace("Nav tādas telpas", "Lasītava"), StandardCharsets.UTF_8);
        try (Browser browser = new Browser(base)) {
            browser.login("staff", "openup2018");
            browser.waitFor(By.id("projectCode"));
            browser.chooseLanguage("lv");
            browser.open("/inventory/assets.xhtml");
            browser.click(By.id("list:assets:import"));
            fileInput(browser).sendKeys(broken.toString());
            browser.waitForText(By.id("import:report"), "Nav tādas telpas");
            String report = browser.text(By.id("import:report"));
            assertTrue(report.contains("3") && report.contains("Telpa"), report);
            assertTrue(browser.text(By.id("import:messages")).contains("Nekas netika importēts"),
                    browser.text(By.id("import:messages")));
            browser.screenshot("inventory-import-report-lv");
            browser.resize(390, 844);
            browser.screenshot("inventory-import-report-phone-lv");
            browser.resize(1280, 900);

            fileInput(browser).sendKeys(fixed.toString());
            browser.waitForText(By.id("import:summary"), "Importēti pamatlīdzekļi: 2");
            browser.screenshot("inventory-import-done-lv");

            assertTrue(browser.text(By.id("import:messages")).contains("Importēti pamatlīdzekļi: 2"));
        } finally {
            Files.deleteIfExists(broken);
            Files.deleteIfExists(fixed);
        }
    }
}
