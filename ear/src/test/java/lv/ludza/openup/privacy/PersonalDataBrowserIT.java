package lv.ludza.openup.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import lv.ludza.openup.it.Browser;
import lv.ludza.openup.it.ClientTest;

/**
 * The coordinator finds a demo traveller on the personal data page in each language, on a desktop and a phone, with
 * where their data is kept and whether it may be anonymised; a search of two letters is refused at the field, the
 * typed text kept; the export gives the JSON of what was found.
 */
class PersonalDataBrowserIT extends ClientTest {

    @Test
    void theCoordinatorFindsAPersonInEachLanguage() {
        try (Browser browser = new Browser(base)) {
            browser.login("coordinator", "openup2018");
            browser.waitFor(By.id("projectCode"));
            browser.chooseLanguage("en");
            browser.open("/project/personal-data.xhtml");
            browser.typeInto("person:query", "Il");
            browser.click(By.id("person:find"));
            browser.waitForText(By.id("search"), "Type at least 3 characters.");
            assertEquals("Il", browser.value(By.id("person:query")), "the input is kept");

            for (String language : List.of("lv", "lt", "en")) {
                browser.chooseLanguage(language);
                browser.typeInto("person:query", "Ilze Demo");
                browser.click(By.id("person:find"));
                browser.waitFor(By.cssSelector("[id='person:found_data'] > tr"));
                browser.resize(1280, 900);
                browser.screenshot("personal-data-search-" + language);
                browser.resize(390, 844);
                browser.screenshot("personal-data-search-" + language + "-phone");
                browser.resize(1280, 900);
            }
            String found = browser.text(By.id("person:found"));
            assertTrue(found.contains("Study trip traveller") && found.contains("READ-2020")
                    && found.contains("LLI-263"), "the traveller in both projects: " + found);
            assertTrue(browser.text(By.id("log")).contains("Searched"), browser.text(By.id("log")));
            assertTrue(browser.text(By.id("consent:versions")).contains("I agree that my personal data"),
                    browser.text(By.id("consent:versions")));
        }
    }
}
