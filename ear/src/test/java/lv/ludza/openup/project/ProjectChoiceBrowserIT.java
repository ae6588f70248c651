package lv.ludza.openup.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import lv.ludza.openup.it.Browser;
import lv.ludza.openup.it.ClientTest;

/** The coordinator switches between the municipality's projects in the top bar; each screen shows its project. */
class ProjectChoiceBrowserIT extends ClientTest {

    @Test
    void theTopBarSwitchesTheProjectEveryScreenShows() {
        try (Browser browser = new Browser(base)) {
            browser.login("coordinator", "openup2018");
            browser.waitFor(By.id("projectCode"));
            browser.chooseLanguage("en");
            assertEquals("LLI-263", browser.text(By.id("projectCode")), "starts in the own partner's project");

            switchTo(browser, "READ ON (demo) · READ-2020");
            browser.waitForText(By.id("projectCode"), "READ-2020");
            assertEquals("Reading on across the border (demo)", browser.text(By.id("projectName")));
            assertEquals("€20,500.00", browser.text(By.id("totalCost")));
            browser.screenshot("project-second-en");

            browser.open("/project/budget.xhtml");
            assertFalse(browser.text(By.id("budgetTable")).contains("Rokiškis"), "only this project's partners");
            browser.open("/procurement/invoices.xhtml");
            assertFalse(browser.text(By.id("list:invoices")).contains("DT-2018/0620"), "OPEN UP's invoices stay there");
            browser.open("/procurement/reports.xhtml");
            assertTrue(browser.text(By.id("list:reports")).contains("1 Mar 2020"));

            switchTo(browser, "OPEN UP · LLI-263");
            browser.waitForText(By.id("list:reports"), "1 Apr 2018");
            browser.open("/procurement/invoices.xhtml");
            browser.waitForText(By.id("list:invoices"), "DT-2018/0620");
        }
    }

    /**
     * Picks a project in the top bar (the menu's own choose tries again when a click during the opening animation is
     * lost) and waits for the page to reload in that project.
     */
    private static void switchTo(Browser browser, String label) {
        WebElement page = browser.driver().findElement(By.tagName("body"));
        browser.choose("topbar:project", label);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(page));
    }
}
