package lv.ludza.openup.security;

import lv.ludza.openup.shared.RuleViolation;

/** What a new password must be: at least ten characters, with at least one letter and one digit. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    /** @throws RuleViolation {@code password.tooWeak} for the given field when the password is not acceptable */
    public static void check(String field, char[] password) {
        boolean letter = false;
        boolean digit = false;
        for (char c : password) {
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        if (password.length < MIN_LENGTH || !letter || !digit) {
            throw RuleViolation.onField(field, "password.tooWeak", MIN_LENGTH);
        }
    }
}
