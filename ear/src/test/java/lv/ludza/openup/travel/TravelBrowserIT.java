package lv.ludza.openup.travel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.stream.StreamSupport;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import lv.ludza.openup.it.Browser;
import lv.ludza.openup.it.ClientTest;

/**
 * The "Done when": the coordinator plans a trip with its itinerary and participants of two countries,
 * issues travel orders with advances, enters expenses, settles; the two per diems differ as their tables say, and
 * the partner report shows the costs. Then the trip report as PDF and XLSX, and the screens on a phone.
 */
class TravelBrowserIT extends ClientTest {

    @Test
    void theCoordinatorPlansATripAndSettlesItIntoThePartnerReports() throws Exception {
        String title = "Dresden study visit " + System.currentTimeMillis() % 100000;
        try (Browser browser = new Browser(base)) {
            browser.login("coordinator", "openup2018");
            browser.waitFor(By.id("projectCode"));
            browser.chooseLanguage("en");

            browser.open("/travel/trips.xhtml");
            browser.waitForText(By.id("list:trips"), "Pieredzes apmaiņas brauciens uz Berlīni");
            browser.screenshot("travel-trips-en");
            browser.click(By.id("list:trips:new"));
            browser.waitFor(By.id("trip:title")).sendKeys(title);
            browser.driver().findElement(By.id("trip:purpose")).sendKeys("Children's library services (demo)");
            browser.choose("trip:organiser", "Ludza");
            browser.driver().findElement(By.id("trip:destinationCity")).sendKeys("Dresden");
            browser.choose("trip:destinationCountry", "Germany");
            browser.typeInto("trip:startsOn", "13 Jun 2019");
            browser.typeInto("trip:endsOn", "10 Jun 2019");
            browser.click(By.id("trip:save"));
            browser.waitForText(By.id("trip"), "The return cannot be before the departure.");
            assertEquals(title, browser.value(By.id("trip:title")), "typed input kept");
            browser.typeInto("trip:startsOn", "10 Jun 2019");
            browser.typeInto("trip:endsOn", "13 Jun 2019");
            browser.click(By.id("trip:save"));
            browser.waitForText(By.id("trip:messages"), "added");
            // the new trip is at its own address: a reload shows it, not an empty form
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("id="));
            browser.driver().navigate().refresh();
            assertEquals(title, browser.waitFor(By.id("trip:title")).getAttribute("value"), "the reload shows the trip");

            // the trip goes on to Leipzig on its last day; arriving there on the first day is refused
            browser.driver().findElement(By.id("destinations:city")).sendKeys("Leipzig");
            browser.choose("destinations:country", "Germany");
            browser.typeInto("destinations:arriveOn", "40 Jun 2019");
            browser.click(By.id("destinations:addDestination"));
            browser.waitForText(By.id("destinations"), "Enter a valid date");
            assertEquals("40 Jun 2019", browser.driver().findElement(By.id("destinations:arriveOn_input"))
                    .getAttribute("value"), "the mistyped date stays to be corrected");
            browser.typeInto("destinations:arriveOn", "10 Jun 2019");
            browser.click(By.id("destinations:addDestination"));
            browser.waitForText(By.id("destinations"), "The day of arrival must be a day of the trip after its first");
            assertEquals("Leipzig", browser.value(By.id("destinations:city")),
                    "typed input kept");
            browser.typeInto("destinations:arriveOn", "13 Jun 2019");
            browser.click(By.id("destinations:addDestination"));
            browser.waitForText(By.id("destinations:route"), "Leipzig");
            assertTrue(browser.text(By.id("destinations:route")).contains("13 Jun 2019"));

            browser.typeInto("itinerary:day", "12 Jun 2019");
            browser.driver().findElement(By.id("itinerary:startsAt")).sendKeys("1000");
            browser.driver().findElement(By.id("itinerary:endsAt")).sendKeys("1300");
            browser.driver().findElement(By.id("itinerary:description")).sendKeys("Städtische Bibliotheken Dresden: children's library");
            browser.driver().findElement(By.id("itinerary:place")).sendKeys("Kulturpalast, Dresden");
            browser.click(By.id("itinerary:addItem"));
            browser.waitForText(By.id("itinerary:items"), "Städtische Bibliotheken Dresden");
            assertTrue(browser.text(By.id("itinerary:items")).contains("10:00–13:00"));

            browser.driver().findElement(By.id("people:name")).sendKeys("Anna Browser");
            browser.driver().findElement(By.id("people:position")).sendKeys("Librarian");
            browser.choose("people:employer", "Ludza (LV)");
            browser.click(By.id("people:addParticipant"));
            browser.waitForText(By.id("people:participants"), "Anna Browser");
            browser.driver().findElement(By.id("people:name")).sendKeys("Ona Browser");
            browser.choose("people:employer", "Rokiškis (LT)");
            browser.click(By.id("people:addParticipant"));
            browser.waitForText(By.id("people:participants"), "Ona Browser");
            browser.driver().findElement(By.id("people:name")).sendKeys("anna browser");
            browser.choose("people:employer", "Ludza (LV)");
            browser.click(By.id("people:addParticipant"));
            browser.waitForText(By.id("people"), "is already on this trip");

            browser.click(By.id("people:participants:0:issue"));
            browser.waitFor(By.id("people:participants:0:orderLink"));
            browser.click(By.id("people:participants:1:issue"));
            browser.waitFor(By.id("people:participants:1:orderLink"));
            browser.screenshot("travel-trip-en");

            // Anna, Latvia: advance, approval, a hotel above the cap, settlement
            browser.click(By.id("people:participants:0:orderLink"));
            browser.waitFor(By.id("order:advanceRequested"));
            assertTrue(browser.text(By.id("order")).contains("Then: Leipzig DE from 13 Jun 2019"),
                    "the order names the trip's further destination");
            browser.typeInto("order:advanceRequested", "200");
            browser.typeInto("order:advancePaid", "200");
            browser.typeInto("order:advancePaidOn", "5 Jun 2019");
            browser.click(By.id("order:save"));
            browser.waitForText(By.id("order:messages"), "saved");
            browser.click(By.id("order:approve"));
            browser.waitForText(By.id("orderState"), "Approved");
            browser.choose("expensesForm:kind", "Accommodation");
            browser.driver().findElement(By.id("expensesForm:description")).sendKeys("Hotel, 3 nights (demo)");
            browser.typeInto("expensesForm:spentOn", "10 Jun 2019");
            browser.typeInto("expensesForm:amount", "480");
            browser.typeInto("expensesForm:nights", "3");
            browser.click(By.id("expensesForm:addExpense"));
            browser.waitForText(By.id("expensesForm:expenses"), "Above the accommodation cap");
            browser.choose("expensesForm:kind", "Local transport");
            browser.driver().findElement(By.id("expensesForm:description")).sendKeys("Taxi (demo)");
            browser.typeInto("expensesForm:spentOn", "14 Jun 2019");
            browser.typeInto("expensesForm:amount", "25");
            browser.choose("expensesForm:paidBy", "Participant");
            browser.click(By.id("expensesForm:addExpense"));
            browser.waitForText(By.id("expensesForm"), "The date must be within the journey");
            browser.typeInto("expensesForm:spentOn", "13 Jun 2019");
            browser.click(By.id("expensesForm:addExpense"));
            browser.waitForText(By.id("expensesForm:expenses"), "Taxi (demo)");
            browser.waitForText(By.id("perDiem"), "€240.00");
            String latvian = browser.text(By.id("perDiem"));
            // 240.00 per diem + 25.00 taxi the participant paid − 200.00 advance
            assertEquals("€65.00", browser.text(By.id("balance")));
            assertTrue(browser.text(By.id("settlementForm")).contains("demo rates"), "demo rates are marked");
            browser.screenshot("travel-order-en");
            browser.typeInto("settlementForm:settledOn", "20 Jun 2019");
            browser.click(By.id("settlementForm:settle"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForText(By.id("orderState"), "Settled");
            browser.screenshot("travel-order-settled-en");
            assertEquals(1, occurrences(browser.text(By.tagName("body")), "approved; the costs are declared"),
                    "the approval is said once, in the settlement's form");

            // Ona, Lithuania: her own table pays a different per diem
            browser.click(By.linkText(title));
            browser.click(By.id("people:participants:1:orderLink"));
            browser.waitFor(By.id("order:advanceRequested"));
            browser.click(By.id("order:approve"));
            browser.waitForText(By.id("orderState"), "Approved");
            browser.choose("expensesForm:kind", "Tickets");
            browser.driver().findElement(By.id("expensesForm:description")).sendKeys("Bus Vilnius–Dresden (demo)");
            browser.typeInto("expensesForm:spentOn", "10 Jun 2019");
            browser.typeInto("expensesForm:amount", "140");
            browser.click(By.id("expensesForm:addExpense"));
            browser.waitForText(By.id("expensesForm:expenses"), "Bus Vilnius");
            browser.waitForText(By.id("perDiem"), "€256.00");
            assertNotEquals(latvian, browser.text(By.id("perDiem")), "Latvian and Lithuanian tables differ");
            browser.typeInto("settlementForm:settledOn", "20 Jun 2019");
            browser.click(By.id("settlementForm:settle"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForText(By.id("orderState"), "Settled");

            // the partner reports show the costs, on the travel and accommodation line
            browser.open("/procurement/reports.xhtml");
            browser.click(By.xpath("//tr[td[1]//span[normalize-space()='3']]//a[normalize-space()='Rokiškis']"));
            browser.waitForText(By.id("report"), "Rokiškis");
            String rokiskis = browser.text(By.id("report:items"));
            assertTrue(rokiskis.contains("Ona Browser"), rokiskis);
            assertTrue(rokiskis.contains("€256.00") && rokiskis.contains("€140.00"), rokiskis);
            browser.screenshot("travel-partner-report-rokiskis-en");
            browser.open("/procurement/reports.xhtml");
            browser.click(By.xpath("//tr[td[1]//span[normalize-space()='3']]//a[normalize-space()='Ludza']"));
            browser.waitForText(By.id("report"), "Ludza");
            String ludza = browser.text(By.id("report:items"));
            assertTrue(ludza.contains("Anna Browser") && ludza.contains("€240.00") && ludza.contains("€480.00"), ludza);

            // the trip report
            browser.open("/travel/trips.xhtml");
            browser.click(By.linkText(title));
            byte[] pdf = browser.download(browser.waitFor(By.id("reportPdf")).getAttribute("href"));
            browser.keep("travel-trip-report-en.pdf", pdf);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document);
                assertTrue(text.contains("Study trip report"), text);
                assertTrue(text.contains("Städtische Bibliotheken Dresden"), text);
                assertTrue(text.contains("Ona Browser") && text.contains("€1,141.00"), text);
            }
            byte[] xlsx = browser.download(browser.driver().findElement(By.id("reportXlsx")).getAttribute("href"));
            browser.keep("travel-trip-report-en.xlsx", xlsx);
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                Sheet sheet = workbook.getSheetAt(0);
                Row total = StreamSupport.stream(sheet.spliterator(), false)
                        .filter(row -> row.getCell(0) != null && "Total".equals(row.getCell(0).toString()))
                        .findFirst().orElseThrow();
                // 240 + 480 + 25 (Anna) + 256 + 140 (Ona)
                assertEquals(1141.00, total.getCell(5).getNumericCellValue(), 0.001);
            }

            // on a phone, and in Latvian and Lithuanian
            browser.chooseLanguage("lv");
            browser.resize(390, 844);
            browser.click(By.id("people:participants:0:orderLink"));
            browser.waitForText(By.id("orderState"), "Norēķins apstiprināts");
            browser.screenshot("travel-order-phone-lv");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('perDiem').scrollIntoView({block: 'center'});");
            browser.screenshot("travel-settlement-phone-lv");
            browser.resize(1280, 900);
            browser.open("/travel/rates.xhtml");
            browser.chooseLanguage("lt");
            browser.waitForText(By.id("rates:rateTable"), "demo, nepatvirtinta");
            browser.screenshot("travel-rates-lt");
            browser.chooseLanguage("lv");
            // a rule's percentage with a decimal comma or point; saved, and said once
            browser.typeInto("rates:ruleTable:0:breakfast", "12,5");
            browser.click(By.id("rates:ruleTable:0:saveRule"));
            browser.waitForText(By.id("rates:messages"), "saglabāti");
            assertEquals(1, occurrences(browser.text(By.tagName("body")), "saglabāti"), browser.text(By.id("rates:messages")));
            assertEquals("12,5", browser.value(By.id("rates:ruleTable:0:breakfast")));
            browser.screenshot("travel-rates-rule-saved-lv");
        }
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
