package lv.ludza.openup.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import dev.samstevens.totp.code.DefaultCodeGenerator;

import lv.ludza.openup.it.Browser;
import lv.ludza.openup.it.ClientTest;

/**
 * Two-factor login as people use it: a new user sets it up on "My account" with the QR code's key (the test's
 * authenticator computes the codes), keeps the recovery codes, and logs in with a code in Latvian, with recovery
 * codes in Lithuanian and English (each works once); after five wrong passwords the account is locked with a message,
 * and the administrator sees the lock on the user list and lifts it.
 */
class TwoFactorBrowserIT extends ClientTest {

    private static final String FIRST = "Ezera krasts 2019";
    private static final String OWN = "Rudens lapas 2020";

    @Test
    void aUserSetsUpTwoFactorLoginAndLogsInWithCodesInEveryLanguage() throws Exception {
        String username = "aija.demo" + System.currentTimeMillis() % 100000;
        createUser(username);
        String secret;
        List<String> recovery;
        try (Browser user = new Browser(base)) {
            user.login(username, FIRST);
            user.waitFor(By.id("password:currentPassword")).sendKeys(FIRST);
            user.driver().findElement(By.id("password:newPassword")).sendKeys(OWN);
            user.driver().findElement(By.id("password:confirmation")).sendKeys(OWN);
            user.click(By.id("password:save"));
            user.waitForText(By.id("password"), "Jūsu parole ir nomainīta.");

            user.click(By.id("twoFactor:start"));
            secret = user.waitFor(By.id("secret")).getText().replace(" ", "");
            assertTrue(user.waitFor(By.cssSelector("img.ou-qr")).getAttribute("src").startsWith("data:image/png"));
            user.screenshot("two-factor-enrol-lv");
            user.typeInto("twoFactor:code", code(secret, 0));
            user.click(By.id("twoFactor:confirm"));
            user.waitFor(By.id("twoFactor:recoveryCodes"));
            recovery = user.driver().findElements(By.cssSelector("[id='twoFactor:recoveryCodes'] code")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(10, recovery.size());
            user.screenshot("two-factor-recovery-codes-lv");
            user.click(By.id("twoFactor:codesKept"));
            user.waitForText(By.id("twoFactor"), "Ieslēgta kopš");
        }

        // Latvian: the code of the authenticator (the next 30 seconds': the enrolment used this one's)
        logInWithCode(username, "lv", code(secret, 1), "Ievadiet 6 ciparu kodu");
        // Lithuanian and English: recovery codes (the phone is not at hand)
        logInWithCode(username, "lt", recovery.get(0), "Įveskite 6 skaitmenų kodą");
        logInWithCode(username, "en", recovery.get(1), "Enter the 6-digit code");
        // a recovery code works once
        try (Browser user = new Browser(base)) {
            user.login(username, OWN);
            user.typeInto("code", recovery.get(0));
            user.click(By.id("confirm"));
            user.waitForText(By.id("codeError"), "Kods nav pareizs vai jau izmantots.");
        }
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheAdministratorLiftsTheLock() {
        String username = "juris.demo" + System.currentTimeMillis() % 100000;
        createUser(username);
        try (Browser user = new Browser(base)) {
            user.open("/");
            user.chooseLanguage("en");
            for (int i = 1; i <= LoginPolicy.MAX_FAILURES; i++) {
                user.login(username, "wrong password " + i);
                user.waitFor(By.id("loginError"));
            }
            assertTrue(user.text(By.id("loginError")).contains("Too many failed attempts: the account is locked."),
                    user.text(By.id("loginError")));
            user.screenshot("login-locked-en");
        }
        try (Browser admin = new Browser(base)) {
            admin.login("admin", "openup2018");
            admin.open("/admin/users.xhtml");
            admin.chooseLanguage("en");
            WebElement row = row(admin, username);
            assertTrue(row.getText().contains("Locked until"), row.getText());
            admin.screenshot("users-locked-en");
            row.findElement(By.cssSelector("[id$=':unlock']")).click();
            admin.waitForText(By.id("list:messages"), "Account " + username + " unlocked.");
            assertTrue(!row(admin, username).getText().contains("Locked until"));
        }
        try (Browser user = new Browser(base)) {
            user.login(username, FIRST);
            user.waitFor(By.id("password:currentPassword")); // in again (and asked for a password of their own)
        }
    }

    private void logInWithCode(String username, String language, String code, String hint) {
        try (Browser user = new Browser(base)) {
            user.open("/");
            user.chooseLanguage(language);
            user.login(username, OWN);
            user.waitForText(By.id("login"), hint);
            user.screenshot("two-factor-code-" + language);
            user.typeInto("code", code);
            user.click(By.id("confirm"));
            user.waitFor(By.id("projectCode"));
        }
    }

    /** The administrator creates a STAFF user of Ludza with a first password. */
    private void createUser(String username) {
        try (Browser admin = new Browser(base)) {
            admin.login("admin", "openup2018");
            admin.open("/admin/users.xhtml");
            admin.click(By.id("list:new"));
            admin.waitFor(By.id("edit:username")).sendKeys(username);
            admin.driver().findElement(By.id("edit:fullName")).sendKeys("Demo " + username);
            admin.driver().findElements(By.cssSelector("[id='edit:roles'] .ui-chkbox-box")).get(2).click();
            admin.choose("edit:partner", "Ludza (OPEN UP)");
            admin.driver().findElement(By.id("edit:password")).sendKeys(FIRST);
            admin.click(By.id("edit:save"));
            admin.waitForText(By.id("list:users"), username);
        }
    }

    private static WebElement row(Browser browser, String username) {
        browser.waitFor(By.id("list:users"));
        return browser.driver().findElements(By.cssSelector("[id='list:users'] tbody tr")).stream()
                .filter(r -> r.getText().contains(username)).findFirst().orElseThrow();
    }

    /** The authenticator's code for the 30 seconds {@code ahead} steps from now. */
    private static String code(String secret, int ahead) throws Exception {
        return new DefaultCodeGenerator().generate(secret, Instant.now().getEpochSecond() / 30 + ahead);
    }
}
