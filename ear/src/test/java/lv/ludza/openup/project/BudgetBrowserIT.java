package lv.ludza.openup.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import lv.ludza.openup.it.Browser;
import lv.ludza.openup.it.ClientTest;

/**
 * The coordinator re-plans Ludza's budget with a budget change of several lines (a reason, a date): an unbalanced
 * one is refused at the programme-approved flag in the user's language, a balanced one is saved and listed in the
 * changes with the amounts before and after; the budget as of yesterday still shows the old amounts; what is left
 * of a line is planned minus declared. The change is undone at the end (other tests read the demo budget).
 */
class BudgetBrowserIT extends ClientTest {

    private static final By LUDZAS_PENCIL = By.cssSelector("[id^='budget:'][id$=':0:edit']");
    /** The dialog's rows: the planned categories (staff costs, travel, external expertise, …). */
    private static final String TRAVEL = "budgetForm:lines:1:amount";
    private static final String EXTERNAL = "budgetForm:lines:2:amount";
    /** Ludza's travel cell: the third category row (office and administration is the second), first partner. */
    private static final By PLANNED_TRAVEL = By.cssSelector("#budgetTable tbody tr:nth-child(3) td:nth-of-type(1)");
    private static final By SPENT_TRAVEL = By.cssSelector("#spentTable tbody tr:nth-child(3) td:nth-of-type(1) a");
    private static final By LEFT_TRAVEL = By.cssSelector("#spentTable tbody tr:nth-child(3) td:nth-of-type(1) .ou-left");
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.US);

    @Test
    void theCoordinatorChangesSeveralLinesAndSeesTheHistoryAndTheBudgetAsItWas() {
        try (Browser browser = new Browser(base)) {
            browser.login("coordinator", "openup2018");
            browser.open("/project/budget.xhtml");
            browser.chooseLanguage("en");
            String total = browser.text(By.id("budgetTotal"));
            assertTrue(browser.text(PLANNED_TRAVEL).contains("4,500.00"), browser.text(PLANNED_TRAVEL));
            String reason = "Fewer trips, more experts (browser test " + System.nanoTime() + ")";

            // travel down by 100.00 and nothing up: the total would change, refused at the flag, nothing saved
            browser.click(LUDZAS_PENCIL);
            browser.waitFor(By.id(TRAVEL));
            assertTrue(browser.text(By.id("budgetDialog_title")).endsWith("Ludza"), "the dialog names the partner");
            typeReason(browser, reason);
            browser.typeInto(TRAVEL, "4400");
            browser.click(By.id("budgetForm:save"));
            browser.waitForText(By.cssSelector("#budgetDialog .ou-check"), "Balance the lines");
            assertTrue(browser.text(By.cssSelector("#budgetDialog .ou-check .ui-message-error"))
                    .contains("programme-approved"), "the message is at the programme-approved flag");
            assertEquals(reason, browser.value(By.id("budgetForm:reason")), "the input is kept");
            browser.screenshot("budget-change-unbalanced-en");

            // and 100.00 more for external expertise: balanced, saved as one change of two lines
            browser.typeInto(EXTERNAL, "14,100.00");
            browser.click(By.id("budgetForm:save"));
            browser.waitForText(By.id("budget:messages"), "The budget change of Ludza was saved");
            assertEquals(total, browser.text(By.id("budgetTotal")), "the partner's total is kept");
            assertTrue(browser.text(PLANNED_TRAVEL).contains("4,400.00"));
            browser.waitForText(By.id("budget:changes"), reason);
            String history = browser.text(By.cssSelector("#budget\\:changes tbody tr:first-child"));
            assertTrue(history.contains(reason) && history.contains("4,500.00") && history.contains("4,400.00")
                    && history.contains("14,000.00") && history.contains("14,100.00")
                    && history.contains("coordinator"), history);
            browser.screenshot("budget-changes-en");

            // what is left: planned minus declared
            BigDecimal spent = amount(browser.text(SPENT_TRAVEL));
            assertEquals(new BigDecimal("4400.00").subtract(spent), amount(browser.text(LEFT_TRAVEL)));

            // the budget as it was yesterday: before the change
            browser.typeInto("budget:asOf", LocalDate.now(ZoneId.of("Europe/Riga")).minusDays(1).format(EN));
            browser.click(By.id("budget:showAsOf"));
            browser.waitFor(By.id("budget:asOfNote"));
            assertTrue(browser.text(PLANNED_TRAVEL).contains("4,500.00"), browser.text(PLANNED_TRAVEL));
            assertEquals(total, browser.text(By.id("budgetTotal")));
            browser.screenshot("budget-as-of-en");
            browser.click(By.id("budget:showCurrent"));
            browser.waitForText(PLANNED_TRAVEL, "4,400.00");

            // put the demo back, by another change
            browser.click(LUDZAS_PENCIL);
            browser.waitFor(By.id(TRAVEL));
            typeReason(browser, "Back as it was (browser test)");
            browser.typeInto(TRAVEL, "4,500.00");
            browser.typeInto(EXTERNAL, "14,000.00");
            browser.click(By.id("budgetForm:save"));
            browser.waitForText(PLANNED_TRAVEL, "4,500.00");
            assertEquals(total, browser.text(By.id("budgetTotal")));
        }
    }

    /** Types the change's reason (a text area: {@link Browser#typeInto} types into inputs). */
    private static void typeReason(Browser browser, String text) {
        WebElement reason = browser.waitFor(By.id("budgetForm:reason"));
        reason.clear();
        reason.sendKeys(text);
    }

    /** An amount as the English page shows it (€1,234.56 or -€1,234.56). */
    private static BigDecimal amount(String text) {
        String digits = text.replaceAll("[^0-9.\\-]", "");
        return new BigDecimal(digits).setScale(2);
    }
}
