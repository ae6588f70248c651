package lv.ludza.openup.security;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJBAccessException;

/**
 * A call refused for the record it concerns, not for the caller's role: a record of a project the caller's
 * organisation does not take part in, or another partner's record. Carries a message key and arguments that say
 * so, in the user's language on the screen.
 */
@ApplicationException(rollback = true)
public class AccessRefused extends EJBAccessException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String[] arguments;

    private AccessRefused(String key, String... arguments) {
        super(key + (arguments.length == 0 ? "" : " " + String.join(", ", arguments)));
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** The record belongs to a project the caller does not take part in. */
    public static AccessRefused otherProject() {
        return new AccessRefused("error.otherProject");
    }

    /** The record is another partner's, which the caller may read but not change. */
    public static AccessRefused otherPartner(String partner) {
        return new AccessRefused("error.otherPartner", partner);
    }

    /** Reference data of another country (per-diem tables), kept by that country's accountants. */
    public static AccessRefused otherCountry(String country) {
        return new AccessRefused("error.otherCountry", country);
    }

    public String getKey() {
        return key;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
