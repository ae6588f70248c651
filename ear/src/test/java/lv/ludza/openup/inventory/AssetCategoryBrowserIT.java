package lv.ludza.openup.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import lv.ludza.openup.it.Browser;
import lv.ludza.openup.it.ClientTest;

/**
 * The coordinator adds a category (a taken code is refused beside the field, nothing typed is lost), registers an
 * asset of it, and the register filtered by it shows that asset.
 */
class AssetCategoryBrowserIT extends ClientTest {

    @Test
    void theCoordinatorAddsACategoryAndFindsAnAssetOfItInTheRegister() throws Exception {
        String unique = String.valueOf(System.nanoTime() % 1_000_000);
        String name = "3D printeris " + unique;
        try (Browser browser = new Browser(base)) {
            browser.login("coordinator", "openup2018");
            browser.waitFor(By.id("projectCode"));
            browser.chooseLanguage("lv");
            browser.open("/inventory/categories.xhtml");
            browser.waitForText(By.id("list:categories"), "Spēļu konsole");

            // first with a code another category has: refused beside the field, the names stay as typed
            browser.click(By.id("list:new"));
            field(browser, "edit:code").sendKeys("laptop");
            field(browser, "edit:nameLv").sendKeys(name);
            field(browser, "edit:nameLt").sendKeys("3D spausdintuvas " + unique);
            field(browser, "edit:nameEn").sendKeys("3D printer " + unique);
            browser.click(By.id("edit:save"));
            browser.waitForText(By.id("categoryDialog"), "Kategorija ar kodu LAPTOP jau ir");
            assertEquals(name, browser.value(By.id("edit:nameLv")));
            browser.screenshot("inventory-category-taken-lv");

            WebElement code = field(browser, "edit:code");
            code.clear();
            code.sendKeys("PRINTER_3D_" + unique);
            browser.click(By.id("edit:save"));
            browser.waitForText(By.id("list:messages"), "saglabāta");
            browser.waitForText(By.id("list:categories"), name);
            browser.resize(390, 844);
            Thread.sleep(500); // (the side menu slides away)
            browser.screenshot("inventory-categories-phone-lv");
            browser.resize(1280, 900);

            // an asset of the new category
            browser.open("/inventory/asset.xhtml");
            browser.choose("asset:category", name);
            field(browser, "asset:name").sendKeys("Printeris (demo) " + unique);
            String number = browser.value(By.id("asset:inventoryNumber"));
            browser.click(By.id("asset:save"));
            browser.waitForText(By.id("asset:messages"), number);

            // the register filtered by the category shows just that asset
            browser.open("/inventory/assets.xhtml");
            browser.waitFor(By.id("list:assets:categoryFilter"));
            browser.screenshot("inventory-assets-before-category-filter-lv");
            browser.choose("list:assets:categoryFilter", name);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions
                    .numberOfElementsToBe(By.cssSelector("[id='list:assets_data'] > tr"), 1));
            browser.waitForText(By.id("list:assets_data"), number);
            assertTrue(browser.text(By.id("list:assets_data")).contains(name), browser.text(By.id("list:assets_data")));
            browser.screenshot("inventory-assets-by-category-lv");
        }
    }

    private static WebElement field(Browser browser, String id) {
        WebElement input = browser.waitFor(By.id(id));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(input));
        return input;
    }
}
