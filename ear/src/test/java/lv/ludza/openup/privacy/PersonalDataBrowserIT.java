package lv.ludza.openup.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import lv.ludza.openup.it.Browser;
import lv.ludza.openup.it.ClientTest;

/**
 * The coordinator finds a demo traveller on the personal data page in each language, on a desktop and a phone, with
 * where their data is kept and whether it may be anonymised; a search of two letters is refused at the field, the
 * typed text kept; the export gives the JSON of what was found. A participant anonymised on the page is gone from
 * the event's page, its signature sheet and the participant's certificate, while the counts stay.
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

    @Test
    void aParticipantAnonymisedOnThePageIsGoneFromTheEventPageAndItsPdfs() throws IOException {
        long n = System.nanoTime() % 100_000;
        String name = "Ērika Dzēšamā " + n;
        try (Browser browser = new Browser(base)) {
            browser.login("coordinator", "openup2018");
            browser.waitFor(By.id("projectCode"));
            browser.chooseLanguage("lv");
            browser.open("/events/events.xhtml");
            browser.click(By.id("list:events:new"));
            browser.waitFor(By.id("event:title")).sendKeys("Datu aizsardzības diena " + n);
            browser.typeInto("event:startDate", "12.03.2030.");
            browser.typeInto("event:endDate", "12.03.2030.");
            browser.typeInto("event:capacity", "20");
            browser.click(By.id("event:save"));
            browser.waitForText(By.id("event:messages"), "izveidots");
            browser.waitFor(By.id("registrations:name")).sendKeys(name);
            browser.driver().findElement(By.id("registrations:organisation")).sendKeys("Ludzas novada pašvaldība");
            browser.click(By.cssSelector("[id='registrations:consent'] .ui-chkbox-box"));
            browser.click(By.id("registrations:register"));
            browser.waitForText(By.id("registrations:table"), name);
            browser.click(By.id("registrations:table:0:checkIn"));
            browser.waitForText(By.id("registrations:presentCount"), "Ieradušies: 1");
            String event = browser.driver().getCurrentUrl();
            String sheet = browser.driver().findElement(By.id("registrations:signatureSheet")).getAttribute("href");
            String certificate = browser.driver().findElement(By.id("registrations:table:0:certificate"))
                    .getAttribute("href");
            assertTrue(pdfText(browser.download(sheet)).contains(name), "on the signature sheet before");
            assertTrue(pdfText(browser.download(certificate)).contains(name), "on the certificate before");

            browser.open("/project/personal-data.xhtml");
            browser.typeInto("person:query", name);
            browser.click(By.id("person:find"));
            browser.waitForText(By.id("person:found"), name);
            browser.click(By.id("person:found:0:anonymise"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForText(By.id("person:messages"), name + " ir anonimizēts.");
            browser.waitForText(By.id("search"), "Nekas netika atrasts.");

            browser.driver().navigate().to(event);
            browser.waitForText(By.id("registrations:presentCount"), "Ieradušies: 1");
            assertTrue(browser.text(By.id("registrations:table")).contains("Anonymised participant"),
                    browser.text(By.id("registrations:table")));
            assertFalse(browser.driver().getPageSource().contains("Dzēšamā " + n), "not on the event's page");
            String after = pdfText(browser.download(sheet));
            assertFalse(after.contains("Dzēšamā " + n), after);
            assertTrue(after.contains("Anonymised participant"), after);
            assertFalse(pdfText(browser.download(certificate)).contains("Dzēšamā " + n), "nor on the certificate");
        }
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
