package lv.ludza.openup.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import lv.ludza.openup.it.Browser;
import lv.ludza.openup.it.ClientTest;
import lv.ludza.openup.it.LatvianSpreadsheet;

/**
 * The flow: staff create a seminar with an agenda, register participants until the waiting list fills,
 * check them in, print the signature sheet, record a children's session and see the indicator move; the seed's
 * events are in the calendar.
 */
class EventsBrowserIT extends ClientTest {

    /**
     * The list's CSV: headers and names in the user's language (English here), but cells as a Latvian spreadsheet
     * reads them (dates dd.mm.yyyy, ';'), every event of the filter, not only the page shown.
     */
    @Test
    void theListDownloadsAsCsvInTheUsersLanguage() {
        try (Browser browser = new Browser(base)) {
            browser.login("auditor", "openup2018");
            browser.waitFor(By.id("projectCode"));
            browser.chooseLanguage("en"); // the auditor's own (demo) language: other tests expect it kept
            browser.open("/events/events.xhtml");
            LatvianSpreadsheet csv = LatvianSpreadsheet.open(browser.downloadedBy(By.id("list:events:csv"),
                    "openup-events.csv"));
            assertEquals(List.of("First day", "Title", "Last day", "Venue", "Type", "Target group", "Organising partner"),
                    csv.headers(), "headers in the user's language");
            List<String> camp = csv.rowWhere("Title", "Starptautiskā bērnu nometne Ānē");
            assertEquals(LocalDate.of(2018, 8, 21), LatvianSpreadsheet.date(camp.get(csv.column("First day"))));
            assertEquals(LocalDate.of(2018, 8, 27), LatvianSpreadsheet.date(camp.get(csv.column("Last day"))));
            assertEquals("Camp", camp.get(csv.column("Type")));
            assertTrue(csv.rows().size() > 100, "every event, not only the first page: " + csv.rows().size());
            csv.rows().forEach(row -> LatvianSpreadsheet.date(row.get(csv.column("First day"))));
        }
    }

    @Test
    void staffRunASeminarAndAChildrensSession() {
        String title = "Seminārs bibliotekāriem " + System.currentTimeMillis() % 100000;
        try (Browser browser = new Browser(base)) {
            browser.login("staff", "openup2018");
            browser.waitFor(By.id("projectCode"));
            browser.chooseLanguage("lv");

            browser.open("/events/indicators.xhtml");
            long before = Long.parseLong(browser.text(By.id("indicators:progress:0:achieved")).trim());

            browser.open("/events/events.xhtml");
            browser.waitFor(By.id("list:events"));
            browser.click(By.id("list:events:new"));
            browser.waitFor(By.id("event:title")).sendKeys(title);
            browser.driver().findElement(By.id("event:venue")).sendKeys("Ludzas pilsētas galvenā bibliotēka");
            browser.typeInto("event:startDate", "28.03.2030.");
            browser.typeInto("event:endDate", "27.03.2030.");
            browser.typeInto("event:capacity", "2");
            browser.click(By.id("event:save"));
            browser.waitForText(By.id("event"), "Pēdējā diena nevar būt pirms pirmās dienas");
            assertEquals(title, browser.value(By.id("event:title")));
            browser.typeInto("event:endDate", "28.03.2030.");
            browser.click(By.id("event:save"));
            browser.waitForText(By.id("event:messages"), "izveidots");
            // saved, with a warning: 2030 is outside the project (1 April 2018 – 30 November 2019)
            browser.waitForText(By.id("event:messages"), "nav projekta laikā (01.04.2018. – 30.11.2019.)");
            browser.screenshot("events-outside-project-lv");

            browser.typeInto("agenda:startsAt", "10:00");
            browser.driver().findElement(By.id("agenda:title")).sendKeys("Atklāšana un iepazīšanās");
            browser.driver().findElement(By.id("agenda:speaker")).sendKeys("Bibliotēkas direktore");
            browser.click(By.id("agenda:add"));
            browser.waitForText(By.id("agenda:items"), "Atklāšana un iepazīšanās");

            String[][] people = { { "Anna Ozola", "Ludzas bibliotēka" }, { "Jurgita Petrauskienė", "Rokiškio biblioteka" },
                { "Ilze Bērziņa", "Jēkabpils bibliotēka" } };
            for (String[] person : people) {
                browser.waitFor(By.id("registrations:name")).sendKeys(person[0]);
                browser.driver().findElement(By.id("registrations:organisation")).sendKeys(person[1]);
                browser.click(By.cssSelector("[id='registrations:consent'] .ui-chkbox-box"));
                browser.click(By.id("registrations:register"));
                browser.waitForText(By.id("registrations:table"), person[0]);
            }
            browser.waitForText(By.id("registrations:messages"), "gaidīšanas sarakstā");
            assertTrue(browser.text(By.id("registrations:table")).contains("Gaidīšanas saraksts"));

            browser.click(By.id("registrations:table:0:checkIn"));
            browser.waitForText(By.id("registrations:presentCount"), "Ieradušies: 1");
            browser.click(By.id("registrations:table:1:checkIn"));
            browser.waitForText(By.id("registrations:presentCount"), "Ieradušies: 2");
            browser.screenshot("events-seminar-lv");

            byte[] sheet = browser.download(browser.driver().findElement(By.id("registrations:signatureSheet"))
                    .getAttribute("href"));
            assertEquals("%PDF", new String(sheet, 0, 4, StandardCharsets.ISO_8859_1));
            browser.keep("events-signature-sheet.pdf", sheet);
            byte[] certificate = browser.download(browser.driver()
                    .findElement(By.id("registrations:table:0:certificate")).getAttribute("href"));
            assertEquals("%PDF", new String(certificate, 0, 4, StandardCharsets.ISO_8859_1));
            browser.keep("events-certificate.pdf", certificate);

            browser.resize(390, 844);
            browser.driver().navigate().refresh();
            browser.waitFor(By.id("registrations:table"));
            browser.screenshot("events-seminar-phone");
            browser.resize(1280, 900);

            browser.open("/events/event.xhtml");
            browser.waitFor(By.id("event:title")).sendKeys("Nodarbība bērniem " + title.substring(title.length() - 5));
            browser.choose("event:type", "Nodarbība");
            browser.choose("event:targetGroup", "Bērni");
            // within the project (April 2018 – November 2019): only such a lesson counts in the indicators
            browser.typeInto("event:startDate", "05.09.2019.");
            browser.typeInto("event:endDate", "05.09.2019.");
            browser.click(By.id("event:save"));
            browser.waitForText(By.id("event:messages"), "izveidots");
            browser.typeInto("childCounts:present", "12");
            browser.typeInto("childCounts:firstTime", "15");
            browser.click(By.id("childCounts:record"));
            browser.waitForText(By.id("childCounts"), "nevar būt vairāk kā klātesošo bērnu");
            browser.typeInto("childCounts:firstTime", "5");
            browser.typeInto("childCounts:vulnerable", "7");
            browser.click(By.id("childCounts:record"));
            browser.waitForText(By.id("childCounts:messages"), "Reģistrēti 12 bērni");
            browser.screenshot("events-children-lv");

            browser.open("/events/indicators.xhtml");
            long after = Long.parseLong(browser.text(By.id("indicators:progress:0:achieved")).trim());
            assertEquals(before + 5, after, "the first-time count moved the indicator");
            browser.screenshot("events-indicators-lv");

            browser.open("/events/calendar.xhtml");
            browser.waitForText(By.id("calendar:schedule"), "Darbo su vaikais");
            browser.screenshot("events-calendar-lv");
            String ical = new String(browser.download(browser.driver().findElement(By.id("calendar:ical"))
                    .getAttribute("href")), StandardCharsets.UTF_8);
            assertTrue(ical.startsWith("BEGIN:VCALENDAR\r\n"), ical.substring(0, Math.min(80, ical.length())));
            assertTrue(ical.replace("\r\n ", "").contains("Kā rīkoties krīzes situācijās"), "the seed's seminar is exported");
            // each view's button says what it shows: not two "Mēnesis" (month and list)
            assertEquals(List.of("Mēnesis", "Nedēļa", "Saraksts"), List.of(
                    browser.text(By.cssSelector(".fc-dayGridMonth-button")),
                    browser.text(By.cssSelector(".fc-timeGridWeek-button")),
                    browser.text(By.cssSelector(".fc-listMonth-button"))));
            browser.click(By.cssSelector(".fc-listMonth-button"));
            browser.waitForText(By.id("calendar:schedule"), "Darbo su vaikais");
            browser.screenshot("events-calendar-list-lv");
            for (String[] language : new String[][] { { "lt", "Mėnuo", "Savaitė", "Sąrašas" },
                { "en", "Month", "Week", "List" } }) {
                browser.chooseLanguage(language[0]);
                browser.open("/events/calendar.xhtml");
                browser.waitFor(By.cssSelector(".fc-listMonth-button"));
                assertEquals(List.of(language[1], language[2], language[3]), List.of(
                        browser.text(By.cssSelector(".fc-dayGridMonth-button")),
                        browser.text(By.cssSelector(".fc-timeGridWeek-button")),
                        browser.text(By.cssSelector(".fc-listMonth-button"))), language[0]);
            }
        }
    }
}
