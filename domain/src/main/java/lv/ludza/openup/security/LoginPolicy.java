package lv.ludza.openup.security;

import java.time.Duration;

/**
 * How the login resists guessing: an account locks for a quarter of an hour after five failures in a row (the
 * administrator sees the lock on the user list and can lift it); an address that fails for ten different user
 * names within a quarter of an hour (someone trying names, or one password on many accounts) waits as long (the
 * administrator can release it from the login log). Failures of one name are the account's lock's business, so a
 * colleague's typos behind the same office address never hold the others back.
 */
public final class LoginPolicy {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK = Duration.ofMinutes(15);
    public static final int MAX_NAMES_FROM_ADDRESS = 10;
    public static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);

    private LoginPolicy() {
    }
}
