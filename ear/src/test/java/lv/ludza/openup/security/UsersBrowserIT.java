package lv.ludza.openup.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import lv.ludza.openup.it.Browser;
import lv.ludza.openup.it.ClientTest;

/**
 * The administrator creates a user (first with mistakes), the user logs in and changes their password, the
 * administrator deactivates them and they can no longer log in.
 */
class UsersBrowserIT extends ClientTest {

    @Test
    void aUserIsCreatedChangesTheirPasswordAndIsDeactivated() {
        String username = "ilze.demo" + System.currentTimeMillis() % 100000;
        try (Browser admin = new Browser(base)) {
            admin.login("admin", "openup2018");
            admin.waitFor(By.id("projectCode"));
            admin.chooseLanguage("en");
            admin.open("/admin/users.xhtml");
            admin.waitFor(By.id("list:users"));
            admin.screenshot("users-en");

            admin.click(By.id("list:new"));
            admin.waitFor(By.id("edit:username")).sendKeys(username);
            admin.driver().findElement(By.id("edit:password")).sendKeys("short");
            admin.click(By.id("edit:save"));
            admin.waitForText(By.id("edit"), "Enter the person's full name.");
            assertTrue(admin.text(By.id("edit")).contains("Choose at least one role."));
            admin.screenshot("users-new-invalid-en");

            admin.driver().findElement(By.id("edit:fullName")).sendKeys("Ilze Demo");
            // roles in Role order: ADMIN, COORDINATOR, STAFF, ...
            admin.driver().findElements(By.cssSelector("[id='edit:roles'] .ui-chkbox-box")).get(2).click();
            admin.driver().findElement(By.id("edit:password")).sendKeys("short");
            admin.click(By.id("edit:save"));
            admin.waitForText(By.id("edit"), "at least 12 characters");
            assertEquals(username, admin.value(By.id("edit:username")),
                    "what was typed stays");

            admin.choose("edit:partner", "Ludza (OPEN UP)");
            admin.driver().findElement(By.id("edit:password")).sendKeys("Daugava pavasarī 2019");
            admin.click(By.id("edit:save"));
            admin.waitForText(By.id("list:users"), username);
            assertTrue(admin.text(By.id("list:messages")).contains("User " + username + " was created."));
        }

        try (Browser user = new Browser(base)) {
            user.login(username, "Daugava pavasarī 2019");
            // the administrator chose the first password: the user chooses their own before anything else
            user.waitFor(By.id("obligation"));
            assertTrue(user.driver().getCurrentUrl().endsWith("/account/index.xhtml"), user.driver().getCurrentUrl());
            user.open("/procurement/invoices.xhtml");
            user.waitFor(By.id("obligation"));
            user.waitFor(By.id("password:currentPassword")).sendKeys("wrong-one-1");
            user.driver().findElement(By.id("password:newPassword")).sendKeys("Venta rudenī 2020");
            user.driver().findElement(By.id("password:confirmation")).sendKeys("Venta rudenī 2020");
            user.click(By.id("password:save"));
            user.waitForText(By.id("password"), "Pašreizējā parole nav pareiza.");
            user.screenshot("account-wrong-current-lv");
            user.driver().findElement(By.id("password:currentPassword")).sendKeys("Daugava pavasarī 2019");
            user.driver().findElement(By.id("password:newPassword")).sendKeys("Venta rudenī 2020");
            user.driver().findElement(By.id("password:confirmation")).sendKeys("Venta rudenī 2020");
            user.click(By.id("password:save"));
            user.waitForText(By.id("password"), "Jūsu parole ir nomainīta.");
            user.open("/index.xhtml");
            user.waitFor(By.id("projectCode")); // free to go on
        }

        try (Browser admin = new Browser(base)) {
            admin.login("admin", "openup2018");
            admin.open("/admin/users.xhtml");
            admin.waitFor(By.id("list:users"));
            WebElement row = admin.driver().findElements(By.cssSelector("[id='list:users'] tbody tr")).stream()
                    .filter(r -> r.getText().contains(username)).findFirst().orElseThrow();
            row.findElement(By.cssSelector("[id$=':toggle']")).click();
            admin.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
            admin.waitForText(By.id("list:messages"), username);
            assertTrue(admin.text(By.id("list:users")).contains("Deaktivizēts")
                    || admin.text(By.id("list:users")).contains("Deactivated"));
        }

        try (Browser user = new Browser(base)) {
            user.login(username, "Venta rudenī 2020");
            assertTrue(user.waitFor(By.id("loginError")).isDisplayed(), "a deactivated user cannot log in");
        }
    }
}
