package lv.ludza.openup.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import lv.ludza.openup.it.Browser;
import lv.ludza.openup.it.ClientTest;

/**
 * The coordinator re-plans a partner's budget in its dialog: saved as shown (it failed with an error page once),
 * a mistyped amount answered at its field with the typed text kept and nothing saved.
 */
class BudgetBrowserIT extends ClientTest {

    private static final By FIRST_PARTNERS_PENCIL = By.cssSelector("[id^='budget:'][id$=':0:edit']");
    private static final By FIRST_AMOUNT = By.cssSelector("input[id^='budgetForm:'][id$=':0:amount']");

    @Test
    void theCoordinatorSavesAPartnersBudgetFromTheDialog() {
        try (Browser browser = new Browser(base)) {
            browser.login("coordinator", "openup2018");
            browser.open("/project/budget.xhtml");
            browser.chooseLanguage("lv");
            String total = browser.text(By.id("budgetTotal"));

            browser.click(FIRST_PARTNERS_PENCIL);
            WebElement amount = browser.waitFor(FIRST_AMOUNT);
            String shown = amount.getAttribute("value");
            assertTrue(browser.text(By.id("budgetDialog_title")).endsWith("Ludza"), "the dialog names the partner");
            browser.screenshot("budget-dialog-lv");
            browser.click(By.id("budgetForm:save"));
            browser.waitForText(By.id("budget:messages"), "budžets saglabāts");
            assertEquals(total, browser.text(By.id("budgetTotal")), "saved as shown, nothing changed");

            // a mistyped amount: a message at the field, the text kept, nothing saved
            browser.click(FIRST_PARTNERS_PENCIL);
            browser.typeInto(browser.waitFor(FIRST_AMOUNT).getAttribute("id"), "12 000,5x");
            browser.click(By.id("budgetForm:save"));
            browser.waitFor(By.cssSelector("#budgetDialog .ui-message-error"));
            assertEquals("12 000,5x", browser.value(FIRST_AMOUNT));
            browser.screenshot("budget-dialog-error-lv");
            browser.open("/project/budget.xhtml");
            assertEquals(total, browser.text(By.id("budgetTotal")));
            assertTrue(!shown.isBlank(), "the dialog showed the planned amount");
        }
    }
}
