package lv.ludza.openup.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.samstevens.totp.code.DefaultCodeGenerator;

import lv.ludza.openup.it.AsUser;
import lv.ludza.openup.it.Services;
import lv.ludza.openup.it.WebSession;
import lv.ludza.openup.shared.PageRequest;

/**
 * The login and the responses as an outside scan sees them, over plain HTTP (and, to set up accounts and read the
 * log, through the services): the security headers on every kind of response and the cookies' flags; a login
 * posted from another site; the same time for unknown and existing user names; the lock after failed logins and
 * its lifting; an address that tries many names; two-factor login with codes computed here; the password change an
 * administrator's reset asks for; the login log.
 */
@ExtendWith(ArquillianExtension.class)
class LoginSecurityIT {

    private static final String PASSWORD = "Daugavas krasts 2019";

    @ArquillianResource
    private URL testModule;

    private String server;
    private String base;
    private AsUser as;
    private UserService users;
    private LoginService logins;

    @BeforeEach
    void setUp() {
        server = testModule.getProtocol() + "://" + testModule.getHost() + ":" + testModule.getPort();
        base = server + "/openup";
        as = Services.lookup(AsUser.class);
        users = Services.lookup(UserService.class);
        logins = Services.lookup(LoginService.class);
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() {
        WebSession visitor = new WebSession(base);
        WebSession.Page login = visitor.get("/login.xhtml");
        WebSession.Page ajax = visitor.ajax(login, "/login.xhtml", "languages", "languages", Map.of());
        WebSession session = WebSession.login(base, "staff", AsUser.DEMO_PASSWORD, "en");
        WebSession.Page page = session.get("/procurement/invoices.xhtml");
        WebSession.Page download = session.get("/export/assets-template.xlsx");
        WebSession.Page notFound = session.get("/no/such/page.xhtml");
        WebSession.Page denied = session.get("/admin/users.xhtml");
        assertEquals(200, download.status());
        assertEquals(404, notFound.status());
        assertEquals(403, denied.status());
        for (WebSession.Page response : List.of(login, ajax, page, download, notFound, denied)) {
            String what = response.uri() + " (" + response.contentType() + ")";
            assertEquals("nosniff", response.header("X-Content-Type-Options"), what);
            assertEquals("DENY", response.header("X-Frame-Options"), what);
            assertEquals("same-origin", response.header("Referrer-Policy"), what);
            assertTrue(String.valueOf(response.header("Permissions-Policy")).contains("geolocation=()"), what);
            String csp = String.valueOf(response.header("Content-Security-Policy"));
            assertTrue(csp.contains("frame-ancestors 'none'") || csp.contains("sandbox"), what + ": " + csp);
            assertNull(response.header("Server"), what);
            assertNull(response.header("X-Powered-By"), what);
            if (response.isHtml()) {
                java.util.regex.Matcher scripts = java.util.regex.Pattern.compile("script-src ([^;]*)").matcher(csp);
                assertTrue(scripts.find(), what + ": " + csp);
                assertTrue(scripts.group(1).matches("'self' 'nonce-[A-Za-z0-9+/=_-]+'"), what + ": " + scripts.group());
                assertFalse(csp.contains("unsafe-eval"), what + ": " + csp);
            }
        }
        // no library versions in the pages' resource addresses
        assertFalse(page.body().matches("(?s).*[?&]v=\\d+\\.\\d+.*"), "a version in a resource address");
    }

    @Test
    void cookiesAreHttpOnlyAndSameSite() {
        WebSession visitor = new WebSession(base);
        WebSession.Page login = visitor.get("/login.xhtml");
        String session = String.valueOf(login.header("Set-Cookie"));
        assertTrue(session.startsWith("JSESSIONID=") && session.contains("HttpOnly") && session.contains("SameSite=Lax"),
                session);
        String link = login.attributeOf("a", "data-lang=\"en\"", "id");
        WebSession.Page chosen = visitor.post("/login.xhtml", Map.of("languages", "languages", link, link,
                "jakarta.faces.ViewState", login.viewState(), WebSession.NONCE, login.nonce()));
        assertTrue(chosen.text().contains("Log in"), "English chosen");
        String language = visitor.cookies().stream().filter(c -> c.getName().equals("openup_lang")).findFirst()
                .map(c -> c.getName() + "=" + c.getValue() + " httpOnly=" + c.isHttpOnly()).orElse("none");
        assertEquals("openup_lang=en httpOnly=true", language);
    }

    @Test
    void theServerAddressLeadsToTheApplication() throws Exception {
        HttpResponse<String> root = HttpClient.newHttpClient().send(HttpRequest.newBuilder(java.net.URI.create(server + "/"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, root.statusCode());
        assertTrue(root.headers().firstValue("Location").orElse("").endsWith("/openup/"), root.headers().toString());
        assertFalse(root.body().contains("WildFly"), "no welcome page");
    }

    @Test
    void aLoginPostedFromAnotherSiteLogsNobodyIn() {
        // the other site fetched a login form of its own session, and makes the victim's browser post it
        WebSession attacker = new WebSession(base);
        WebSession.Page attackersForm = attacker.get("/login.xhtml");
        WebSession victim = new WebSession(base);
        victim.get("/login.xhtml");
        WebSession.Page answer = victim.post("/login.xhtml", Map.of("login", "login", "username", "staff", "password",
                AsUser.DEMO_PASSWORD, "submit", "submit", "jakarta.faces.ViewState", attackersForm.viewState(),
                WebSession.NONCE, attackersForm.nonce()));
        assertFalse(answer.uri().endsWith("/index.xhtml"), answer.uri());
        WebSession.Page after = victim.get("/index.xhtml");
        assertTrue(after.uri().endsWith("/login.xhtml"), "the victim is not logged in: " + after.uri());
    }

    @Test
    void theSessionIdChangesAtLogin() {
        WebSession visitor = new WebSession(base);
        WebSession.Page login = visitor.get("/login.xhtml");
        String before = sessionId(visitor);
        visitor.submitLogin(login, "auditor", AsUser.DEMO_PASSWORD);
        assertTrue(visitor.get("/index.xhtml").uri().endsWith("/index.xhtml"), "logged in");
        assertNotEquals(before, sessionId(visitor));
    }

    /** Two tabs, two devices, a script: logins of one user at the same moment all get in (one used to end on 500). */
    @Test
    void oneUserLogsInEightTimesAtOnce() throws Exception {
        String name = newUser("it-parallel", Set.of(Role.STAFF));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<String>> logins = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                logins.add(pool.submit(() -> WebSession.login(base.toString(), name, PASSWORD, "en")
                        .get("/index.xhtml").uri().toString()));
            }
            for (java.util.concurrent.Future<String> login : logins) {
                assertTrue(login.get(2, java.util.concurrent.TimeUnit.MINUTES).endsWith("/index.xhtml"), "logged in");
            }
        } finally {
            pool.shutdownNow();
        }
        AppUser after = as.call("admin", () -> users.findAll()).stream().filter(u -> u.getUsername().equals(name))
                .findFirst().orElseThrow();
        assertEquals(0, after.getFailedLogins());
        assertTrue(after.getLastLoginAt() != null, "the login is noted");
    }

    @Test
    void unknownAndExistingUserNamesTakeTheSameTime() throws Exception {
        String name = newUser("it-timing", Set.of(Role.STAFF));
        List<Long> unknown = new ArrayList<>();
        List<Long> existing = new ArrayList<>();
        WebSession visitor = new WebSession(base);
        for (int i = 0; i < 20; i++) {
            unknown.add(timeOfLogin(visitor, "it-nobody-" + name, "wrong password " + i));
            existing.add(timeOfLogin(visitor, name, "wrong password " + i));
        }
        long medianUnknown = median(unknown);
        long medianExisting = median(existing);
        System.out.printf("LOGIN TIMING median of 20: unknown user %d ms, existing user with a wrong password %d ms%n",
                medianUnknown, medianExisting);
        assertTrue(medianUnknown > 50 && medianExisting > 50, "a password hash is checked in both");
        double factor = (double) Math.max(medianUnknown, medianExisting) / Math.min(medianUnknown, medianExisting);
        assertTrue(factor < 1.5, "unknown " + medianUnknown + " ms, existing " + medianExisting + " ms");
        as.run("admin", () -> logins.release("127.0.0.1"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilTheAdministratorUnlocksIt() throws Exception {
        String name = newUser("it-lock", Set.of(Role.STAFF));
        WebSession visitor = new WebSession(base);
        WebSession.Page answer = null;
        for (int i = 1; i <= LoginPolicy.MAX_FAILURES; i++) {
            answer = visitor.submitLogin(visitor.get("/login.xhtml"), name, "wrong password " + i);
        }
        assertTrue(answer.text().contains("Per daug nesėkmingų") || answer.text().contains("Pārāk daudz")
                || answer.text().contains("Too many"), answer.text());
        assertTrue(answer.text().matches("(?s).*\\b1[45] min.*"), "says how long: " + answer.text());
        // the right password does not open a locked account, and the message says so
        WebSession.Page stillLocked = visitor.submitLogin(visitor.get("/login.xhtml"), name, PASSWORD);
        assertTrue(stillLocked.body().contains("id=\"username\""), "still on the login page");
        AppUser locked = as.call("admin", () -> users.findAll()).stream().filter(u -> u.getUsername().equals(name))
                .findFirst().orElseThrow();
        assertTrue(locked.isLockedAt(Instant.now()), "the administrator sees the lock");
        assertNotNull(locked.getLockedUntil());

        as.run("admin", () -> logins.unlock(locked.getId()));
        WebSession.Page in = visitor.submitLogin(visitor.get("/login.xhtml"), name, PASSWORD);
        assertFalse(in.body().contains("id=\"username\""), "logged in after the unlock");

        // the login log holds every attempt, with its address
        List<LoginAttempt> log = as.call("admin", () -> logins.attempts(new PageRequest(0, 20, "attemptedAt", false,
                Map.of("username", name))));
        List<LoginOutcome> outcomes = log.stream().map(LoginAttempt::getOutcome).toList();
        assertEquals(LoginOutcome.SUCCESS, outcomes.get(0), outcomes.toString());
        assertEquals(LoginOutcome.LOCKED, outcomes.get(1), outcomes.toString());
        assertEquals(LoginPolicy.MAX_FAILURES, outcomes.stream().filter(o -> o == LoginOutcome.WRONG_PASSWORD).count());
        assertEquals("127.0.0.1", log.get(0).getAddress());
    }

    @Test
    void anAddressThatTriesManyNamesWaitsUntilReleased() throws Exception {
        String name = newUser("it-throttle", Set.of(Role.STAFF));
        String address = "203.0.113." + (System.nanoTime() % 200 + 1);
        for (int i = 0; i < LoginPolicy.MAX_NAMES_FROM_ADDRESS; i++) {
            assertEquals(LoginService.Step.REFUSED, logins.logIn("it-spray-" + i, "Sommer 2019!".toCharArray(), address).step());
        }
        LoginService.Result held = logins.logIn(name, PASSWORD.toCharArray(), address);
        assertEquals(LoginService.Step.THROTTLED, held.step(), "even the right password waits");
        assertEquals(15, held.minutes());
        assertEquals(LoginService.Step.SIGNED_IN, logins.logIn(name, PASSWORD.toCharArray(), "198.51.100.1").step(),
                "another address is not held back");
        as.run("admin", () -> logins.release(address));
        assertEquals(LoginService.Step.SIGNED_IN, logins.logIn(name, PASSWORD.toCharArray(), address).step());
    }

    @Test
    void twoFactorLoginWithCodesAndRecoveryCodesThatWorkOnce() throws Exception {
        String name = newUser("it-totp", Set.of(Role.STAFF));
        LoginService.Enrolment enrolment = as.callWith(name, PASSWORD, () -> logins.startEnrolment());
        long step = Instant.now().getEpochSecond() / 30;
        List<String> recovery = as.callWith(name, PASSWORD,
                () -> logins.confirmEnrolment(enrolment.secret(), code(enrolment.secret(), step)));
        assertEquals(10, recovery.size());

        WebSession phone = new WebSession(base);
        WebSession.Page asked = phone.submitLogin(phone.get("/login.xhtml"), name, PASSWORD);
        assertTrue(asked.body().contains("id=\"code\""), "the code is asked after the password");
        assertTrue(phone.get("/index.xhtml").uri().endsWith("/login.xhtml"), "not logged in before the code");
        // the code of the next 30 seconds (the enrolment used this one's)
        String next = code(enrolment.secret(), step + 1);
        WebSession.Page in = submitCode(phone, asked, next);
        assertTrue(in.uri().endsWith("/") || in.uri().endsWith("/index.xhtml"), in.uri());

        // the same code a second time is refused (someone who saw it over a shoulder)
        WebSession again = new WebSession(base);
        WebSession.Page askedAgain = again.submitLogin(again.get("/login.xhtml"), name, PASSWORD);
        WebSession.Page replay = submitCode(again, askedAgain, next);
        assertTrue(replay.body().contains("id=\"code\""), "a used code is refused");
        assertTrue(replay.text().contains("already used") || replay.text().contains("jau izmantots")
                || replay.text().contains("jau panaudotas"), replay.text());
        // a recovery code instead works, once
        WebSession.Page recovered = submitCode(again, replay, recovery.get(3).toUpperCase());
        assertFalse(recovered.body().contains("id=\"code\""), "a recovery code logs in");
        WebSession third = new WebSession(base);
        WebSession.Page askedThird = third.submitLogin(third.get("/login.xhtml"), name, PASSWORD);
        WebSession.Page used = submitCode(third, askedThird, recovery.get(3));
        assertTrue(used.body().contains("id=\"code\""), "a recovery code works once");
        assertEquals(9, as.callWith(name, PASSWORD, () -> logins.recoveryCodesLeft()));
    }

    @Test
    void aRoleThatRequiresTwoFactorSendsItsUsersToSetItUpFirst() throws Exception {
        Set<Role> before = logins.twoFactorRoles();
        String name = newUser("it-must-enrol", Set.of(Role.AUDITOR));
        try {
            as.run("admin", () -> logins.requireTwoFactor(EnumSet.of(Role.AUDITOR)));
            WebSession session = new WebSession(base);
            WebSession.Page first = session.submitLogin(session.get("/login.xhtml"), name, PASSWORD);
            assertTrue(first.uri().endsWith("/account/index.xhtml"), first.uri());
            assertTrue(session.get("/procurement/invoices.xhtml").uri().endsWith("/account/index.xhtml"),
                    "no other page before two-factor login is set up");
        } finally {
            as.run("admin", () -> logins.requireTwoFactor(before));
        }
    }

    @Test
    void anAdministratorsResetAsksForTheUsersOwnPasswordAtTheNextLogin() throws Exception {
        String name = newUser("it-reset", Set.of(Role.STAFF));
        long id = as.call("admin", () -> users.findAll()).stream().filter(u -> u.getUsername().equals(name))
                .findFirst().orElseThrow().getId();
        String given = "Ziemas rīts 2020";
        as.run("admin", () -> users.resetPassword(id, given.toCharArray()));
        WebSession session = new WebSession(base);
        WebSession.Page first = session.submitLogin(session.get("/login.xhtml"), name, given);
        assertTrue(first.uri().endsWith("/account/index.xhtml"), first.uri());
        assertTrue(session.get("/index.xhtml").uri().endsWith("/account/index.xhtml"), "held on the account page");
        WebSession.Page account = session.get("/account/index.xhtml");
        WebSession.Page changed = session.ajax(account, "/account/index.xhtml", "password", "password:save",
                Map.of("password:currentPassword", given, "password:newPassword", "Pavasara lietus 2021",
                        "password:confirmation", "Pavasara lietus 2021"));
        assertEquals(200, changed.status(), changed.body());
        assertTrue(session.get("/index.xhtml").uri().endsWith("/index.xhtml"), "free to go on once changed");
    }

    /** A STAFF user of Ludza of its own (the test's lock, codes and log touch no demo user), logged in once. */
    private String newUser(String prefix, Set<Role> roles) throws Exception {
        String name = prefix + "-" + Long.toString(System.nanoTime(), 36);
        AppUser user = new AppUser(name, "Test " + prefix, "-");
        user.setRoles(EnumSet.copyOf(roles));
        as.call("admin", () -> users.create(user, "Pirmā parole 2019".toCharArray()));
        as.callWith(name, "Pirmā parole 2019", () -> {
            users.changeOwnPassword("Pirmā parole 2019".toCharArray(), PASSWORD.toCharArray());
            return null;
        });
        return name;
    }

    private long timeOfLogin(WebSession visitor, String name, String password) {
        WebSession.Page form = visitor.get("/login.xhtml");
        long began = System.nanoTime();
        visitor.submitLogin(form, name, password);
        return (System.nanoTime() - began) / 1_000_000;
    }

    private static WebSession.Page submitCode(WebSession session, WebSession.Page page, String code) {
        return session.post("/login.xhtml", Map.of("login", "login", "code", code, "confirm", "confirm",
                "jakarta.faces.ViewState", page.viewState(), WebSession.NONCE, page.nonce()));
    }

    private static String code(String secret, long step) throws Exception {
        return new DefaultCodeGenerator().generate(secret, step);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String sessionId(WebSession session) {
        return session.cookies().stream().filter(c -> c.getName().equals("JSESSIONID")).map(java.net.HttpCookie::getValue)
                .findFirst().orElse(null);
    }
}
