package lv.ludza.openup.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import lv.ludza.openup.it.Browser;
import lv.ludza.openup.it.ClientTest;

/** A person in headless Chromium: login, the dashboard in three languages, a validation message, logout. */
class DashboardBrowserIT extends ClientTest {

    @Test
    void aWrongPasswordIsToldInTheChosenLanguage() {
        try (Browser browser = new Browser(base)) {
            browser.open("/");
            browser.chooseLanguage("lt");
            browser.screenshot("login-lt");
            browser.login("admin", "not-the-password");
            assertTrue(browser.text(By.id("loginError")).contains("Neteisingas naudotojo vardas arba slaptažodis"));
            browser.chooseLanguage("en");
            browser.screenshot("login-en");
            browser.chooseLanguage("lv");
            browser.screenshot("login-lv");
        }
    }

    @Test
    void theDashboardShowsTheSeedFiguresInEachLanguage() {
        try (Browser browser = new Browser(base)) {
            browser.login("coordinator", "openup2018");
            browser.waitFor(By.id("projectCode"));
            browser.chooseLanguage("lv");

            // Latvian
            assertEquals("LLI-263", browser.text(By.id("projectCode")));
            assertEquals("Interaktīvās izglītības telpa – efektīvs nelabvēlīgu ģimeņu bērnu sociālās integrācijas veids",
                    browser.text(By.id("projectName")));
            assertEquals("01.04.2018. – 30.11.2019.", browser.text(By.id("period")));
            assertEquals("176 680,75 €", normalSpaces(browser.text(By.id("totalCost"))));
            assertEquals("150 178,64 €", normalSpaces(browser.text(By.id("erdf"))));
            assertTrue(normalSpaces(browser.text(By.id("erdfShare"))).startsWith("85,00 %"));
            assertPartner(browser, "Ludzas novada pašvaldība", "50 849,76 €", "43 222,30 €");
            assertTrue(browser.text(By.id("programme")).startsWith("Interreg V-A Latvijas–Lietuvas"));
            browser.screenshot("dashboard-lv");

            // the budget behind the figures, by cost category
            browser.driver().findElement(By.id("toBudget")).click();
            assertEquals("176 680,75 €", normalSpaces(browser.text(By.id("budgetTotal"))));
            assertTrue(browser.text(By.id("budgetTable")).contains("Biroja un administratīvās izmaksas"));
            assertTrue(normalSpaces(browser.text(By.id("budgetTable"))).contains("1 800,00 €"));
            browser.screenshot("budget-lv");
            browser.open("/index.xhtml");

            browser.chooseLanguage("lt");
            assertTrue(browser.text(By.id("projectName")).startsWith("Interaktyvi edukacinė erdvė"));
            assertEquals("2018-04-01 – 2019-11-30", browser.text(By.id("period")));
            assertEquals("176 680,75 €", normalSpaces(browser.text(By.id("totalCost"))));
            assertTrue(browser.text(By.id("programme")).startsWith("2014–2020 m. Interreg V-A Latvijos–Lietuvos"));
            assertTrue(browser.driver().getPageSource().contains("Pagrindinis partneris"));
            browser.screenshot("dashboard-lt");

            browser.chooseLanguage("en");
            assertEquals("Interactive educational space – efficient way of social integration of children from "
                    + "disadvantaged families", browser.text(By.id("projectName")));
            assertEquals("1 Apr 2018 – 30 Nov 2019", browser.text(By.id("period")));
            assertEquals("€176,680.75", browser.text(By.id("totalCost")));
            assertEquals("€150,178.64", browser.text(By.id("erdf")));
            assertTrue(browser.text(By.id("erdfShare")).startsWith("85.00"));
            assertPartner(browser, "Ludzas novada pašvaldība", "€50,849.76", "€43,222.30");
            browser.screenshot("dashboard-en");

            browser.resize(390, 844);
            browser.open("/index.xhtml");
            browser.waitFor(By.id("totalCost"));
            browser.screenshot("dashboard-en-phone");
            browser.resize(820, 1180);
            browser.open("/index.xhtml");
            browser.waitFor(By.id("totalCost"));
            browser.screenshot("dashboard-en-tablet");
            browser.resize(1280, 900);

            // the choice is remembered for the user: a new login comes back in English
            logout(browser);
        }
        try (Browser browser = new Browser(base)) {
            browser.login("coordinator", "openup2018");
            assertEquals("€176,680.75", browser.text(By.id("totalCost")));
            browser.chooseLanguage("lv");
            assertEquals("176 680,75 €", normalSpaces(browser.text(By.id("totalCost"))));
        }
    }

    @Test
    void aValidationMessageIsLocalisedAndKeepsTheInput() {
        try (Browser browser = new Browser(base)) {
            browser.login("coordinator", "openup2018");
            browser.waitFor(By.id("projectCode"));
            browser.chooseLanguage("lv");
            browser.open("/project/edit.xhtml");
            WebElement code = browser.waitFor(By.id("project:code"));
            code.clear();
            code.sendKeys("lli 263");
            WebElement acronym = browser.driver().findElement(By.id("project:acronym"));
            acronym.clear();
            browser.driver().findElement(By.id("project:save")).click();
            browser.waitForText(By.id("project"), "Ievadiet akronīmu.");
            String page = browser.driver().getPageSource();
            assertTrue(page.contains("Ievadiet akronīmu."), "the acronym's message in Latvian");
            assertTrue(page.contains("Izmantojiet tikai lielos burtus, ciparus un defises"), "the code's message");
            assertEquals("lli 263", browser.value(By.id("project:code")),
                    "what the user typed is still there");
            browser.screenshot("project-edit-validation-lv");

            browser.open("/");
            assertEquals("LLI-263", browser.text(By.id("projectCode")), "nothing was saved");
        }
    }

    private static void assertPartner(Browser browser, String name, String budget, String erdf) {
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("[id='partners'] tbody tr"));
        WebElement row = rows.stream().filter(r -> r.getText().contains(name)).findFirst().orElseThrow();
        assertEquals(budget, normalSpaces(row.findElement(By.className("ou-budget")).getText()));
        assertEquals(erdf, normalSpaces(row.findElement(By.className("ou-erdf")).getText()));
    }

    private static void logout(Browser browser) {
        browser.driver().findElement(By.id("topbar:userMenu_button")).click();
        browser.waitFor(By.cssSelector("[id='topbar:logout']")).click();
        browser.waitFor(By.id("username"));
        assertTrue(browser.driver().getCurrentUrl().contains("/openup/"));
        browser.open("/index.xhtml");
        browser.waitFor(By.id("username"));
    }

    /** Locales group thousands with a no-break (or narrow no-break) space; the test compares plain spaces. */
    private static String normalSpaces(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
