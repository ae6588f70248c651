package lv.ludza.openup.security;

/** What became of one attempt to log in, as the login log keeps it. */
public enum LoginOutcome {
    /** Logged in (password, and the code where the account has two-factor login). */
    SUCCESS,
    /** The password was right; the account's one-time code is still to come. */
    PASSWORD_ACCEPTED,
    /** A wrong password for an existing account. */
    WRONG_PASSWORD,
    /** No (active) account of that name. */
    UNKNOWN_USER,
    /** A wrong one-time code (or recovery code). */
    WRONG_CODE,
    /** Tried while the account was locked after too many failures. */
    LOCKED,
    /** Tried from an address that made too many failed attempts. */
    THROTTLED,
    /** The directory (LDAP) could not be reached: nobody was checked. */
    DIRECTORY_UNAVAILABLE,
    /** The directory accepted the password, but none of the user's groups gives a role in the application. */
    DIRECTORY_NO_ROLE,
    /** Not an attempt: the administrator released the address from its wait. */
    RELEASED
}
