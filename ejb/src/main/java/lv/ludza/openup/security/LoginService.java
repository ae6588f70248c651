package lv.ludza.openup.security;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.auth.server.ServerAuthenticationContext;
import org.wildfly.security.evidence.PasswordGuessEvidence;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.secret.DefaultSecretGenerator;

import lv.ludza.openup.monitoring.ApplicationMetrics;
import lv.ludza.openup.shared.ListQuery;
import lv.ludza.openup.shared.PageRequest;
import lv.ludza.openup.shared.RecordId;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.Setting;
import lv.ludza.openup.shared.SharedByProjects;

/**
 * Logging in, checked against the server's security domain (the realm IT configured: the application's users or
 * the municipality's directory) before the login page lets the container log the user in, and everything around it:
 * the lock after failed logins, the throttling of an address, the same time for unknown and existing users, the
 * login log, and two-factor login with one-time codes (RFC 6238) and recovery codes.
 */
@Stateless
@PermitAll
@SharedByProjects
public class LoginService {

    /** What a login attempt leads to. */
    public enum Step {
        /** Logged in: the page may let the container log the user in. */
        SIGNED_IN,
        /** The password was right; the one-time code of the account's authenticator is asked next. */
        CODE_NEEDED,
        /** Wrong user name or password (which of the two is not said). */
        REFUSED,
        /** The account is locked for {@link Result#minutes()} more minutes. */
        LOCKED,
        /** This address tried too often; it may try again in {@link Result#minutes()} minutes. */
        THROTTLED,
        /** The directory could not be reached: nobody can be checked now (a local account still can). */
        DIRECTORY_UNAVAILABLE,
        /** The directory accepted the password, but the user is in none of the groups that give a role here. */
        NO_ROLE
    }

    /**
     * The answer to an attempt; for a login, whether the user must first choose a new password or set up
     * two-factor login (their role requires it).
     */
    public record Result(Step step, long minutes, String username, boolean passwordChange, boolean enrolmentNeeded)
            implements java.io.Serializable {

        static Result of(Step step) {
            return new Result(step, 0, null, false, false);
        }

        static Result waiting(Step step, Instant until, Instant now) {
            return new Result(step, Math.max(1, (Duration.between(now, until).getSeconds() + 59) / 60), null, false, false);
        }
    }

    /** The roles that must log in with two factors (a setting the administrator keeps). */
    static final String TWO_FACTOR_ROLES = "security.twoFactorRoles";
    private static final int RECOVERY_CODES = 10;
    private static final int PERIOD_SECONDS = 30;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Checked for a name no account has, so that it takes as long as a wrong password (bcrypt, same cost). */
    private static final String NOBODYS_HASH = PasswordHashes.hash(Long.toString(RANDOM.nextLong(), 36).toCharArray());
    private static final Set<LoginOutcome> FAILURES = EnumSet.of(LoginOutcome.WRONG_PASSWORD, LoginOutcome.UNKNOWN_USER,
            LoginOutcome.WRONG_CODE);

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private ApplicationMetrics metrics;

    /** The first step: the user name and password, from this address. */
    public Result logIn(String username, char[] password, String address) {
        Instant now = Instant.now();
        String name = normalised(username);
        Optional<Result> heldBack = heldBack(name, address, now);
        if (heldBack.isPresent()) {
            return heldBack.get();
        }
        AppUser user = find(name).orElse(null);
        if (user != null && user.isLockedAt(now)) {
            PasswordHashes.matches(password, NOBODYS_HASH); // as long as an open account's check
            record(now, name, address, LoginOutcome.LOCKED);
            return Result.waiting(Step.LOCKED, user.getLockedUntil(), now);
        }
        SecurityIdentity identity;
        try {
            identity = realmIdentity(name, password);
        } catch (RealmUnavailableException e) {
            record(now, name, address, LoginOutcome.DIRECTORY_UNAVAILABLE);
            return Result.of(Step.DIRECTORY_UNAVAILABLE);
        }
        if (identity == null || user != null && !user.isActive()) {
            // (a deactivated local user is not found by the local realm; the directory may know the name: refused)
            return failed(user, name, address, now, user == null ? LoginOutcome.UNKNOWN_USER : LoginOutcome.WRONG_PASSWORD);
        }
        if (user == null || user.isDirectoryUser()) { // the directory accepted the password: local users come first
            Set<Role> roles = Directory.roles(identity);
            if (roles.isEmpty()) {
                record(now, name, address, LoginOutcome.DIRECTORY_NO_ROLE);
                return Result.of(Step.NO_ROLE);
            }
            if (user == null) {
                user = AppUser.fromDirectory(name);
                em.persist(user);
            }
            user.takeFromDirectory(Directory.name(identity), Directory.email(identity), roles,
                    Directory.partner(em, identity));
        }
        if (user.hasTwoFactor()) {
            record(now, name, address, LoginOutcome.PASSWORD_ACCEPTED);
            return new Result(Step.CODE_NEEDED, 0, user.getUsername(), false, false);
        }
        return signedIn(user, address, now);
    }

    private static String normalised(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** Either step from an address that tried too many names: logged, and the user told how long to wait. */
    private Optional<Result> heldBack(String name, String address, Instant now) {
        return throttledUntil(address, now).map(until -> {
            record(now, name, address, LoginOutcome.THROTTLED);
            return Result.waiting(Step.THROTTLED, until, now);
        });
    }

    /** The second step of a two-factor login: the code of the authenticator app, or one of the recovery codes. */
    public Result confirmCode(String username, String code, String address) {
        Instant now = Instant.now();
        String name = normalised(username);
        Optional<Result> heldBack = heldBack(name, address, now);
        if (heldBack.isPresent()) {
            return heldBack.get();
        }
        AppUser user = find(name).filter(AppUser::hasTwoFactor).orElse(null);
        if (user == null) {
            return Result.of(Step.REFUSED);
        }
        if (user.isLockedAt(now)) {
            record(now, name, address, LoginOutcome.LOCKED);
            return Result.waiting(Step.LOCKED, user.getLockedUntil(), now);
        }
        if (!validCode(user, code, now) && !recoveryCodeUsed(user, code, now)) {
            return failed(user, name, address, now, LoginOutcome.WRONG_CODE);
        }
        return signedIn(user, address, now);
    }

    private Result signedIn(AppUser user, String address, Instant now) {
        user.loginSucceeded(now);
        record(now, user.getUsername(), address, LoginOutcome.SUCCESS);
        // (a directory user keeps the directory's own policy)
        boolean enrolment = !user.hasTwoFactor() && !user.isDirectoryUser()
                && !Collections.disjoint(user.getRoles(), twoFactorRoles());
        return new Result(Step.SIGNED_IN, 0, user.getUsername(), user.isPasswordChangeRequired(), enrolment);
    }

    private Result failed(AppUser user, String name, String address, Instant now, LoginOutcome outcome) {
        record(now, name, address, outcome);
        if (user != null) {
            user.loginFailed(now);
            if (user.isLockedAt(now)) {
                return Result.waiting(Step.LOCKED, user.getLockedUntil(), now);
            }
        }
        return Result.of(Step.REFUSED);
    }

    /**
     * The identity the server's security domain gives for the name when its realm (the users table, then the
     * directory where ldap.cli added it) accepts the password; null when it does not. A name no realm knows is
     * checked against a hash all the same, so that it takes as long.
     */
    private static SecurityIdentity realmIdentity(String name, char[] password) throws RealmUnavailableException {
        ServerAuthenticationContext context = SecurityDomain.getCurrent().createNewAuthenticationContext();
        context.setAuthenticationName(name);
        if (!context.exists()) {
            PasswordHashes.matches(password, NOBODYS_HASH);
            return null;
        }
        if (context.verifyEvidence(new PasswordGuessEvidence(password.clone())) && context.authorize()) {
            return context.getAuthorizedIdentity();
        }
        return null;
    }

    /** Whether the password is the user's: their hash, or for a directory user the directory's answer. */
    private boolean passwordRight(AppUser user, char[] password) {
        if (!user.isDirectoryUser()) {
            return PasswordHashes.matches(password, user.getPasswordHash());
        }
        try {
            return realmIdentity(user.getUsername(), password) != null;
        } catch (RealmUnavailableException e) {
            throw new RuleViolation("login.directoryUnavailable");
        }
    }

    /**
     * The end of an address's wait, when it failed lately for too many user names ({@link LoginPolicy}); counted from
     * the administrator's last release of the address.
     */
    private Optional<Instant> throttledUntil(String address, Instant now) {
        Instant since = now.minus(LoginPolicy.ADDRESS_WINDOW);
        Instant released = em.createNamedQuery("LoginAttempt.lastOf", Instant.class).setParameter("address", address)
                .setParameter("outcomes", EnumSet.of(LoginOutcome.RELEASED)).getSingleResult();
        if (released != null && released.isAfter(since)) {
            since = released;
        }
        long names = em.createNamedQuery("LoginAttempt.namesFailedFrom", Long.class).setParameter("address", address)
                .setParameter("since", since).setParameter("failures", FAILURES).getSingleResult();
        if (names < LoginPolicy.MAX_NAMES_FROM_ADDRESS) {
            return Optional.empty();
        }
        Instant last = em.createNamedQuery("LoginAttempt.lastOf", Instant.class).setParameter("address", address)
                .setParameter("outcomes", FAILURES).getSingleResult();
        return Optional.of(last.plus(LoginPolicy.ADDRESS_WINDOW));
    }

    /** Releases an address from its wait after failed logins (e.g. the municipality's own office address). */
    @RolesAllowed(Role.ADMIN_ROLE)
    public void release(String address) {
        record(Instant.now(), "", address, LoginOutcome.RELEASED);
    }

    /** Keeps the attempt in the login log, counts it in the metrics and logs it as a security event. */
    private void record(Instant at, String username, String address, LoginOutcome outcome) {
        em.persist(new LoginAttempt(at, username, address, outcome));
        metrics.loginAttempted(outcome);
        SecurityEvents.login(outcome, username, address);
    }

    /**
     * The user's row, locked until this login step is recorded: two logins of one user at the same moment (two tabs,
     * two devices) take turns on it instead of one ending on the error page ("changed by someone else").
     */
    private Optional<AppUser> find(String name) {
        return em.createNamedQuery("AppUser.findByUsername", AppUser.class).setParameter("username", name)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    // ---- two-factor login

    /** A new secret for the caller's authenticator app, with its {@code otpauth://} link (for the QR code). */
    @RolesAllowed({ Role.ADMIN_ROLE, Role.COORDINATOR_ROLE, Role.STAFF_ROLE, Role.ACCOUNTANT_ROLE, Role.AUDITOR_ROLE })
    public Enrolment startEnrolment() {
        String secret = new DefaultSecretGenerator(32).generate();
        AppUser user = find(caller()).orElseThrow(() -> new RuleViolation("error.recordDeleted"));
        String label = "OPEN UP:" + user.getUsername();
        String uri = "otpauth://totp/" + encode(label) + "?secret=" + secret + "&issuer=" + encode("OPEN UP")
                + "&algorithm=SHA1&digits=6&period=" + PERIOD_SECONDS;
        return new Enrolment(secret, uri);
    }

    /** A secret to enrol and its link for an authenticator app. */
    public record Enrolment(String secret, String uri) implements java.io.Serializable {
    }

    /**
     * Turns two-factor login on with the secret the user's app now holds, once a code from the app proves it;
     * returns the recovery codes, shown this once.
     *
     * @throws RuleViolation {@code twoFactor.codeWrong} (field {@code code})
     */
    @RolesAllowed({ Role.ADMIN_ROLE, Role.COORDINATOR_ROLE, Role.STAFF_ROLE, Role.ACCOUNTANT_ROLE, Role.AUDITOR_ROLE })
    public List<String> confirmEnrolment(String secret, String code) {
        AppUser user = find(caller()).orElseThrow(() -> new RuleViolation("error.recordDeleted"));
        Instant now = Instant.now();
        OptionalLong step = matchingStep(secret, code, now);
        if (step.isEmpty()) {
            throw RuleViolation.onField("code", "twoFactor.codeWrong");
        }
        user.enrolTwoFactor(secret, now);
        user.acceptCodeOfStep(step.getAsLong());
        return newRecoveryCodes(user);
    }

    /** New recovery codes (the old ones no longer work), shown this once. */
    @RolesAllowed({ Role.ADMIN_ROLE, Role.COORDINATOR_ROLE, Role.STAFF_ROLE, Role.ACCOUNTANT_ROLE, Role.AUDITOR_ROLE })
    public List<String> renewRecoveryCodes() {
        AppUser user = find(caller()).filter(AppUser::hasTwoFactor).orElseThrow(() -> new RuleViolation("twoFactor.notOn"));
        return newRecoveryCodes(user);
    }

    /**
     * Turns two-factor login off for the caller, who proves it is them with their password.
     *
     * @throws RuleViolation {@code twoFactor.required} while one of their roles requires it, {@code
     *         password.currentWrong} (field {@code removalPassword})
     */
    @RolesAllowed({ Role.ADMIN_ROLE, Role.COORDINATOR_ROLE, Role.STAFF_ROLE, Role.ACCOUNTANT_ROLE, Role.AUDITOR_ROLE })
    public void removeTwoFactor(char[] password) {
        AppUser user = find(caller()).orElseThrow(() -> new RuleViolation("error.recordDeleted"));
        if (!Collections.disjoint(user.getRoles(), twoFactorRoles())) {
            throw new RuleViolation("twoFactor.required");
        }
        if (!passwordRight(user, password)) {
            throw RuleViolation.onField("removalPassword", "password.currentWrong");
        }
        user.removeTwoFactor();
        em.createQuery("DELETE FROM RecoveryCode c WHERE c.user = :user").setParameter("user", user).executeUpdate();
    }

    /** How many unused recovery codes the user has. */
    @RolesAllowed({ Role.ADMIN_ROLE, Role.COORDINATOR_ROLE, Role.STAFF_ROLE, Role.ACCOUNTANT_ROLE, Role.AUDITOR_ROLE })
    public int recoveryCodesLeft() {
        return find(caller()).map(user -> em.createNamedQuery("RecoveryCode.unusedOf", RecoveryCode.class)
                .setParameter("user", user).getResultList().size()).orElse(0);
    }

    private List<String> newRecoveryCodes(AppUser user) {
        em.createQuery("DELETE FROM RecoveryCode c WHERE c.user = :user").setParameter("user", user).executeUpdate();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = recoveryCode();
            codes.add(code);
            em.persist(new RecoveryCode(user, code));
        }
        return codes;
    }

    /** Ten letters and digits in two groups, e.g. {@code k7q2m-x9d4r} (about 50 bits: not guessable). */
    private static String recoveryCode() {
        String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return code.toString();
    }

    private boolean validCode(AppUser user, String code, Instant now) {
        OptionalLong step = matchingStep(user.getTotpSecret(), code, now);
        return step.isPresent() && user.acceptCodeOfStep(step.getAsLong());
    }

    /** The 30-second step (now, or one before or after, for clocks that differ a little) whose code was typed. */
    static OptionalLong matchingStep(String secret, String code, Instant now) {
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        if (!typed.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        CodeGenerator generator = new DefaultCodeGenerator();
        long current = now.getEpochSecond() / PERIOD_SECONDS;
        try {
            for (long step = current - 1; step <= current + 1; step++) {
                if (java.security.MessageDigest.isEqual(generator.generate(secret, step).getBytes(),
                        typed.getBytes())) {
                    return OptionalLong.of(step);
                }
            }
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
        return OptionalLong.empty();
    }

    private boolean recoveryCodeUsed(AppUser user, String typed, Instant now) {
        for (RecoveryCode code : em.createNamedQuery("RecoveryCode.unusedOf", RecoveryCode.class)
                .setParameter("user", user).getResultList()) {
            if (code.matches(typed)) {
                code.use(now);
                return true;
            }
        }
        return false;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    // ---- what the administrator sees and does

    /** The roles that must log in with two factors. */
    public Set<Role> twoFactorRoles() {
        Setting setting = em.find(Setting.class, TWO_FACTOR_ROLES);
        if (setting == null || setting.getValue() == null || setting.getValue().isBlank()) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(setting.getValue().split(",")).map(String::trim).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    /** Which roles must log in with two factors (a production install: at least the administrator). */
    @RolesAllowed(Role.ADMIN_ROLE)
    public void requireTwoFactor(Set<Role> roles) {
        String value = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        Setting setting = em.find(Setting.class, TWO_FACTOR_ROLES);
        if (setting == null) {
            em.persist(new Setting(TWO_FACTOR_ROLES, value));
        } else {
            setting.setValue(value);
        }
    }

    /** Lifts the lock of an account after too many failed logins. */
    @RolesAllowed(Role.ADMIN_ROLE)
    public void unlock(@RecordId(AppUser.class) long userId) {
        AppUser user = em.find(AppUser.class, userId);
        if (user == null) {
            throw new RuleViolation("error.recordDeleted");
        }
        user.unlock();
        SecurityEvents.account("unlocked", user.getUsername());
    }

    @RolesAllowed(Role.ADMIN_ROLE)
    public long countAttempts(Map<String, String> filters) {
        return attempts().count(filters);
    }

    /** The login log, newest first unless sorted otherwise; filtered by user name, address and outcome. */
    @RolesAllowed(Role.ADMIN_ROLE)
    public List<LoginAttempt> attempts(PageRequest request) {
        return attempts().page(request);
    }

    private ListQuery<LoginAttempt> attempts() {
        return new ListQuery<>(em, LoginAttempt.class, Set.of("username", "address"), Set.of("outcome"), "attemptedAt")
                .alsoSortedBy("attemptedAt");
    }
}
