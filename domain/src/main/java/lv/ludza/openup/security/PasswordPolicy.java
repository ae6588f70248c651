package lv.ludza.openup.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import lv.ludza.openup.shared.RuleViolation;

/**
 * What a new password must be (OWASP ASVS 2.1): at least {@value #MIN_LENGTH} characters and at most
 * {@value #MAX_LENGTH}, any characters (no rule of capitals and digits: length makes a password strong), not one of
 * the passwords people choose first (a list, with Latvian, Lithuanian and this project's words), not a common one
 * with digits or signs added, not the user name, not one character repeated.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** @throws RuleViolation for the given field when the password is not acceptable, saying why */
    public static void check(String field, char[] password) {
        check(field, password, null);
    }

    /**
     * @throws RuleViolation {@code password.tooShort}, {@code password.tooLong}, {@code password.common} or
     *         {@code password.likeUsername} for the given field
     */
    public static void check(String field, char[] password, String username) {
        if (password.length < MIN_LENGTH) {
            throw RuleViolation.onField(field, "password.tooShort", MIN_LENGTH);
        }
        if (password.length > MAX_LENGTH) {
            throw RuleViolation.onField(field, "password.tooLong", MAX_LENGTH);
        }
        String lower = new String(password).toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw RuleViolation.onField(field, "password.likeUsername");
        }
        if (isCommon(lower)) {
            throw RuleViolation.onField(field, "password.common");
        }
    }

    /** A password on the list, one character repeated, or a listed word with only digits and signs around it. */
    static boolean isCommon(String lower) {
        if (COMMON.contains(lower) || lower.chars().distinct().count() <= 2) {
            return true;
        }
        String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        return core.isEmpty() || COMMON.contains(core) || COMMON.contains(lower.replaceAll("[^\\p{L}\\p{N}]", ""));
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
