package lv.ludza.openup.directory;

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

import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;

import lv.ludza.openup.it.AsUser;
import lv.ludza.openup.it.Browser;
import lv.ludza.openup.it.ClientTest;

/**
 * Logging in through the municipality's directory, on the login form, as its people would: the test WildFly is
 * configured by ldap.cli and logs in through the test directory (TestDirectory, Active Directory's layout): the role
 * and partner their groups give (a nested group too), a wrong password, a person in no group of the application, a
 * role taken away in the directory, groups found only by the group search (OpenLDAP's layout, no memberOf), the
 * directory down (the local administrator still logs in), and the
 * administrator's list with directory and local users side by side.
 */
class DirectoryLoginBrowserIT extends ClientTest {

    private static final String COORDINATORS = "CN=OpenUp-Coordinators,OU=Grupas," + TestDirectory.BASE;
    private static final String ANDRIS = "CN=Andris Ozols,OU=Pašvaldība," + TestDirectory.BASE;

    @Test
    void aDirectoryUserLogsInWithTheRoleAndPartnerOfTheirGroupsAndIsListedBesideLocalUsers() {
        try (Browser browser = new Browser(base)) {
            logIn(browser, "jberzins", TestDirectory.PASSWORD);
            browser.waitFor(By.id("projectCode"));
            browser.open("/account/index.xhtml");
            String account = browser.text(By.tagName("main"));
            assertTrue(account.contains("Jānis Bērziņš · jberzins · Ludza"), account);
            assertTrue(browser.text(By.id("directoryPassword")).contains("directory"), "the password is the directory's");
            assertTrue(browser.driver().findElements(By.id("password:currentPassword")).isEmpty());
        }
        try (Browser admin = new Browser(base)) {
            admin.login("admin", AsUser.DEMO_PASSWORD);
            admin.waitFor(By.id("projectCode"));
            for (String language : List.of("lv", "lt", "en")) {
                admin.chooseLanguage(language);
                admin.open("/admin/users.xhtml");
                admin.waitFor(By.id("list:users"));
                latestLoginsFirst(admin);
                String firstRows = admin.driver().findElements(By.cssSelector("[id='list:users_data'] > tr:nth-child(-n+3)"))
                        .stream().map(WebElement::getText).collect(java.util.stream.Collectors.joining("\n"));
                assertTrue(firstRows.contains("jberzins"), firstRows);
                admin.screenshot("users-directory-and-local-" + language);
                admin.resize(390, 844);
                admin.screenshot("users-directory-and-local-" + language + "-phone");
                admin.resize(1280, 900);
            }
            String janis = row(admin, "jberzins");
            assertTrue(janis.contains("Directory"), janis);
            assertTrue(janis.contains("Jānis Bērziņš"), janis);
            assertTrue(janis.contains("janis.berzins@ludza.lv"), janis);
            assertTrue(janis.contains("Project staff"), janis);
            assertTrue(janis.contains("Ludza"), janis);
            assertFalse(offersReset(admin), "no password reset for the directory's users");
            String local = row(admin, "staff.lt");
            assertTrue(local.contains("Local"), local);
            assertTrue(offersReset(admin), "a local user's password can be reset");
        }
    }

    @Test
    void aNestedGroupGivesItsRoleAndAPartnerGroupThePartner() {
        try (Browser browser = new Browser(base)) {
            logIn(browser, "zcepuliene", TestDirectory.PASSWORD);
            browser.waitFor(By.id("projectCode"));
            browser.open("/procurement/invoices.xhtml");
            browser.waitFor(By.id("list:invoices"));
        }
        try (Browser admin = new Browser(base)) {
            admin.login("admin", AsUser.DEMO_PASSWORD);
            admin.waitFor(By.id("projectCode"));
            admin.chooseLanguage("en");
            admin.open("/admin/users.xhtml");
            String row = row(admin, "zcepuliene");
            assertTrue(row.contains("Žydrūnė Čepulienė") && row.contains("Accountant") && row.contains("Rokiškis"), row);
        }
    }

    @Test
    void groupsFoundOnlyByTheGroupSearchGiveTheirRoleAndPartnerNestedToo() {
        try (Browser browser = new Browser(base)) {
            logIn(browser, "rsileikiene", TestDirectory.PASSWORD);
            browser.waitFor(By.id("projectCode"));
        }
        String row = rolesOf("rsileikiene");
        assertTrue(row.contains("Rūta Šileikienė") && row.contains("Auditor") && row.contains("Jēkabpils"), row);
    }

    @Test
    void aWrongPasswordAndAPersonInNoGroupAreRefusedEachWithItsReason() {
        try (Browser browser = new Browser(base)) {
            assertEquals("The user name or password is wrong, or the account is deactivated.",
                    refused(browser, "jberzins", "Nepareiza parole 2019"));
            assertTrue(refused(browser, "ikalnina", TestDirectory.PASSWORD)
                    .startsWith("The directory knows you, but you are in none of the groups"));
            browser.screenshot("login-directory-no-role-en");
        }
    }

    @Test
    void aRoleTakenAwayInTheDirectoryIsGoneAtTheNextLogin() throws Exception {
        try {
            try (Browser browser = new Browser(base)) {
                logIn(browser, "aozols", TestDirectory.PASSWORD);
                browser.waitFor(By.id("projectCode"));
            }
            assertTrue(rolesOf("aozols").contains("Coordinator"));
            TestDirectory.server().modify(ANDRIS, new Modification(ModificationType.DELETE, "memberOf", COORDINATORS));
            try (Browser browser = new Browser(base)) {
                logIn(browser, "aozols", TestDirectory.PASSWORD);
                browser.waitFor(By.id("projectCode"));
            }
            String roles = rolesOf("aozols");
            assertFalse(roles.contains("Coordinator"), roles);
            assertTrue(roles.contains("Project staff"), roles);
        } finally {
            TestDirectory.server().modify(ANDRIS, new Modification(ModificationType.ADD, "memberOf", COORDINATORS));
        }
    }

    @Test
    void whileTheDirectoryIsDownItsUsersAreToldSoAndTheLocalAdministratorStillLogsIn() throws Exception {
        TestDirectory.reachable(false);
        try (Browser browser = new Browser(base)) {
            assertTrue(refused(browser, "jberzins", TestDirectory.PASSWORD)
                    .startsWith("The municipality’s directory (LDAP) cannot be reached"));
            browser.screenshot("login-directory-unreachable-en");
            browser.login("admin", AsUser.DEMO_PASSWORD);
            browser.waitFor(By.id("projectCode"));
        } finally {
            TestDirectory.reachable(true);
        }
    }

    /** Logs in on the login page in English. */
    private static void logIn(Browser browser, String username, String password) {
        browser.open("/login.xhtml");
        browser.chooseLanguage("en");
        browser.driver().findElement(By.id("username")).sendKeys(username);
        browser.driver().findElement(By.id("password")).sendKeys(password);
        browser.click(By.id("submit"));
    }

    /** Tries to log in and returns the reason the login page gives. */
    private static String refused(Browser browser, String username, String password) {
        logIn(browser, username, password);
        return browser.waitFor(By.id("loginError")).getText().strip();
    }

    private String rolesOf(String username) {
        try (Browser admin = new Browser(base)) {
            admin.login("admin", AsUser.DEMO_PASSWORD);
            admin.waitFor(By.id("projectCode"));
            admin.chooseLanguage("en");
            admin.open("/admin/users.xhtml");
            return row(admin, username);
        }
    }

    /** The row of the user in the administrator's list, filtered to it by the user name: its text. */
    private static String row(Browser admin, String username) {
        WebElement filter = admin.waitFor(By.cssSelector("[id='list:users'] th input[id$='username:filter']"));
        filter.clear();
        filter.sendKeys(username);
        By rows = By.cssSelector("[id='list:users_data'] > tr");
        new WebDriverWait(admin.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(rows).size() == 1 && d.findElement(rows).getText().contains(username));
        return admin.text(rows);
    }

    /** Sorts the administrator's list by the last login, latest first (a click on the column's header, twice). */
    private static void latestLoginsFirst(Browser admin) {
        By header = By.id("list:users:lastLogin");
        for (String order : List.of("ascending", "descending")) {
            admin.click(header);
            new WebDriverWait(admin.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                    .until(d -> order.equals(d.findElement(header).getAttribute("aria-sort")));
        }
        // the rows come after the header's mark: the administrator, who logged in last, on top
        new WebDriverWait(admin.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.cssSelector("[id='list:users_data'] > tr:first-child")).getText()
                        .startsWith("admin"));
    }

    /** Whether the filtered list's only row offers a password reset. */
    private static boolean offersReset(Browser admin) {
        return !admin.driver().findElements(By.cssSelector("[id='list:users_data'] > tr [id$=':reset']")).isEmpty();
    }
}
