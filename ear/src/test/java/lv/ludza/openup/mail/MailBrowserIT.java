package lv.ludza.openup.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import jakarta.mail.internet.MimeMessage;

import lv.ludza.openup.it.AsUser;
import lv.ludza.openup.it.Browser;
import lv.ludza.openup.it.ClientTest;

/**
 * Mail in the browser: a user chooses the digest's days on My account; the administrator's mail page shows the mail
 * server, a preview of a digest the demo data gives, sends a test mail that arrives; with the mail server down, the
 * failed attempts are shown with their error, and once it is back, the retry timer delivers one mail and "send again"
 * the other, each once.
 */
class MailBrowserIT extends ClientTest {

    private static final By DAYS = By.cssSelector("[id='digest:days'] input[type='checkbox']");

    @Test
    void aUserChoosesTheDigestsDaysOrSwitchesItOff() {
        try (Browser user = new Browser(base)) {
            user.login("accountant", AsUser.DEMO_PASSWORD);
            user.waitFor(By.id("projectCode"));
            user.chooseLanguage("en");
            user.open("/account/index.xhtml");
            user.waitFor(By.id("digest"));
            assertEquals(List.of(true, true, true, true, true, false, false), checked(user), "Monday to Friday");
            user.screenshot("account-digest-en");
            try {
                // Tuesday and Thursday only
                toggle(user, 0);
                toggle(user, 2);
                toggle(user, 4);
                user.click(By.id("digest:save"));
                user.waitForText(By.id("digest:messages"), "The digest days were saved.");
                user.open("/account/index.xhtml");
                assertEquals(List.of(false, true, false, true, false, false, false), checked(user));
                // none: switched off
                toggle(user, 1);
                toggle(user, 3);
                user.click(By.id("digest:save"));
                user.waitForText(By.id("digest:messages"), "The digest is switched off.");
                user.chooseLanguage("lv");
                user.open("/account/index.xhtml");
                assertEquals(List.of(false, false, false, false, false, false, false), checked(user));
                assertTrue(user.text(By.id("digestPanel")).contains("E-pasta kopsavilkums"));
            } finally {
                user.open("/account/index.xhtml");
                for (int day = 0; day < 5; day++) {
                    if (!checked(user).get(day)) {
                        toggle(user, day);
                    }
                }
                user.click(By.id("digest:save"));
                user.waitFor(By.cssSelector("[id='digest:messages'] .ui-messages-info"));
            }
        }
    }

    @Test
    void theAdministratorSeesTheServerAPreviewAndSendsATestMailThatArrives() {
        String address = "parbaude." + System.nanoTime() + "@ludza.lv";
        try (Browser admin = new Browser(base)) {
            admin.login("admin", AsUser.DEMO_PASSWORD);
            admin.waitFor(By.id("projectCode"));
            for (String language : List.of("lv", "lt", "en")) {
                admin.chooseLanguage(language);
                admin.open("/admin/mail.xhtml");
                admin.waitFor(By.id("mail:previewMail"));
                admin.screenshot("mail-" + language);
                admin.resize(390, 844);
                admin.screenshot("mail-" + language + "-phone");
                admin.resize(1280, 900);
            }
            assertTrue(admin.text(By.id("host")).startsWith("127.0.0.1:"), admin.text(By.id("host")));
            // the demo's data give somebody a digest today, shown as it goes to them (the accountant: in Latvian)
            String preview = admin.text(By.id("mail:previewMail"));
            assertTrue(preview.startsWith("OPEN UP: ieraksti, kas gaida jūsu rīcību:"), preview);
            assertTrue(preview.contains("Komandējuma"), preview);
            assertFalse(admin.driver().findElements(By.cssSelector("[id='mail:previewMail'] a[href^='https://openup.ludza.lv/openup/']")).isEmpty());

            // a mistyped address: said at the field, the typing kept, nothing queued
            String mistyped = "parbaude.ludza.lv " + "x".repeat(180);
            admin.driver().findElement(By.id("mail:testAddress")).clear();
            admin.driver().findElement(By.id("mail:testAddress")).sendKeys(mistyped);
            admin.click(By.id("mail:sendTest"));
            admin.waitForText(By.id("mail"), "Enter a valid e-mail address");
            assertEquals(mistyped, admin.value(By.id("mail:testAddress")));

            admin.driver().findElement(By.id("mail:testAddress")).clear();
            admin.driver().findElement(By.id("mail:testAddress")).sendKeys(address);
            admin.click(By.id("mail:sendTest"));
            admin.waitForText(By.id("mail:messages"), "The test mail to " + address + " is queued");
            MimeMessage received = arrived(address, Duration.ofSeconds(30));
            assertEquals("OPEN UP: test mail", subject(received));
            String row = row(admin, address);
            assertTrue(row.contains("Sent"), row);
        }
    }

    @Test
    void mailsTheServerDidNotTakeAreShownWithTheirErrorAndSentOnceWhenItIsBackByTheRetryOrByHand() {
        String byTimer = "atkartoti." + System.nanoTime() + "@ludza.lv";
        String byHand = "ar.roku." + System.nanoTime() + "@ludza.lv";
        try (Browser admin = new Browser(base)) {
            admin.login("admin", AsUser.DEMO_PASSWORD);
            admin.waitFor(By.id("projectCode"));
            admin.chooseLanguage("en");
            admin.open("/admin/mail.xhtml");
            TestMail.reachable(false);
            try {
                for (String address : List.of(byTimer, byHand)) {
                    admin.open("/admin/mail.xhtml");
                    admin.waitFor(By.id("mail:testAddress")).clear();
                    admin.driver().findElement(By.id("mail:testAddress")).sendKeys(address);
                    admin.click(By.id("mail:sendTest"));
                    admin.waitForText(By.id("mail:messages"), "is queued");
                    String failed = waitForRow(admin, address, "Attempts: 1");
                    assertTrue(failed.contains("Waiting") && failed.contains("Error:") && failed.contains("Next attempt"),
                            failed);
                }
                admin.screenshot("mail-failed-en");
            } finally {
                TestMail.reachable(true);
            }
            // by hand: "send again" delivers it at once
            waitForRow(admin, byHand, "Waiting");
            admin.click(By.cssSelector("[id='mail:mails_data'] > tr:first-child [id$=':sendAgain']"));
            admin.waitForText(By.id("mail:messages"), "The mail is queued again.");
            arrived(byHand, Duration.ofSeconds(30));
            assertTrue(waitForRow(admin, byHand, "Sent").contains("Attempts: 2"));
            // by the retry: the timer (every minute) sends it once its next attempt is due, a minute after the failure
            arrived(byTimer, Duration.ofSeconds(180));
            assertTrue(waitForRow(admin, byTimer, "Sent").contains("Attempts: 2"));
            sleep(3000);
            assertEquals(1, TestMail.receivedBy(byHand).size(), "sent once");
            assertEquals(1, TestMail.receivedBy(byTimer).size(), "sent once");
        }
    }

    // ---- helpers

    private static List<Boolean> checked(Browser user) {
        return new WebDriverWait(user.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(DAYS).stream().map(WebElement::isSelected).toList());
    }

    /** Clicks the checkbox of the day (0 Monday) as a person does: on its box. */
    private static void toggle(Browser user, int day) {
        boolean before = checked(user).get(day);
        user.click(By.xpath("(//*[@id='digest:days']//div[contains(@class,'ui-chkbox-box')])[" + (day + 1) + "]"));
        new WebDriverWait(user.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> checked(user).get(day) != before);
    }

    /** The outbox's row of the address, filtered to it. */
    private static String row(Browser admin, String address) {
        return waitForRow(admin, address, address);
    }

    /** Opens the mail page again until the row of the address shows the text (sending is asynchronous). */
    private static String waitForRow(Browser admin, String address, String text) {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String row = "";
        while (System.nanoTime() < until) {
            admin.open("/admin/mail.xhtml");
            WebElement filter = admin.waitFor(By.id("mail:mails:recipient:filter"));
            filter.sendKeys(address);
            By rows = By.cssSelector("[id='mail:mails_data'] > tr");
            new WebDriverWait(admin.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(rows).size() == 1 && d.findElement(rows).getText().contains(address));
            row = admin.text(rows);
            if (row.contains(text)) {
                return row;
            }
            sleep(500);
        }
        throw new AssertionError("the row of " + address + " does not show " + text + ": " + row);
    }

    /** The one mail that arrives for the address within the time (sending is asynchronous). */
    private static MimeMessage arrived(String address, Duration within) {
        long until = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < until) {
            List<MimeMessage> received = TestMail.receivedBy(address);
            if (!received.isEmpty()) {
                assertEquals(1, received.size(), "sent once");
                return received.get(0);
            }
            sleep(500);
        }
        throw new AssertionError("no mail to " + address + " arrived within " + within);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
