package lv.ludza.openup.security;

import java.util.Collection;
import java.util.TreeSet;
import java.util.logging.Logger;

import lv.ludza.openup.audit.Caller;

/**
 * Security events in one category that log shippers and IT recognise, {@value #CATEGORY}: logins and failed
 * logins, role changes, deactivations, exports and deletions. One line an event, {@code key=value} pairs after the
 * event's name (the request id and the user are on every line of {@code openup.log} already, from the request
 * filter), e.g. {@code login outcome=WRONG_PASSWORD name=anna address=10.0.0.7}.
 */
public final class SecurityEvents {

    /** The logger's name: not a class, so that it stands out among the application's categories. */
    public static final String CATEGORY = "lv.ludza.openup.security-event";
    private static final Logger LOG = Logger.getLogger(CATEGORY);

    private SecurityEvents() {
    }

    /** One attempt to log in, with what became of it (logged in, wrong password, locked...). */
    public static void login(LoginOutcome outcome, String name, String address) {
        LOG.info(() -> "login outcome=" + outcome + " name=" + value(name) + " address=" + value(address));
    }

    /** The administrator changed a user's roles. */
    public static void rolesChanged(String username, Collection<Role> before, Collection<Role> after) {
        LOG.info(() -> "roles-changed user=" + value(username) + " from=" + names(before) + " to=" + names(after)
                + " by=" + Caller.name());
    }

    /** A user was deactivated (may no longer log in) or activated again. */
    public static void activeChanged(String username, boolean active) {
        LOG.info(() -> (active ? "activated" : "deactivated") + " user=" + value(username) + " by=" + Caller.name());
    }

    /** Another account event: created, password reset, unlocked, address released. */
    public static void account(String event, String username) {
        LOG.info(() -> event + " user=" + value(username) + " by=" + Caller.name());
    }

    /** A file was exported (a list's CSV, a report's XLSX or PDF...). */
    public static void exported(String what, String user) {
        LOG.info(() -> "export file=" + value(what) + " by=" + value(user));
    }

    /** A record was deleted. */
    public static void deleted(String type, Object id) {
        LOG.info(() -> "deleted record=" + type + " id=" + id + " by=" + Caller.name());
    }

    private static String names(Collection<Role> roles) {
        return new TreeSet<>(roles.stream().map(Role::name).toList()).toString().replace(" ", "");
    }

    /** A value as one token: no spaces or line breaks that could forge another event. */
    static String value(String text) {
        if (text == null || text.isEmpty()) {
            return "-";
        }
        return text.replaceAll("[\\s\\p{Cntrl}]", "_");
    }
}
