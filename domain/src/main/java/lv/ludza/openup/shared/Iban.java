package lv.ludza.openup.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigInteger;
import java.util.Locale;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An International Bank Account Number: two letters of the country, two check digits, the account (ISO 13616);
 * checked with its mod-97 checksum. Kept without spaces, in capitals.
 */
public final class Iban {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Iban() {
    }

    /** The IBAN as banks store it: no spaces, capitals; null for nothing typed. */
    public static String normalised(String typed) {
        if (typed == null) {
            return null;
        }
        String value = typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        return value.isEmpty() ? null : value;
    }

    /** Whether this (typed) IBAN has the form of one and its check digits agree. */
    public static boolean isValid(String typed) {
        String iban = normalised(typed);
        if (iban == null || !iban.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")) {
            return false;
        }
        String moved = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : moved.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }

    /** The IBAN in groups of four, as printed on invoices. */
    public static String printed(String iban) {
        String value = normalised(iban);
        return value == null ? "" : value.replaceAll("(.{4})(?!$)", "$1 ");
    }

    /** A field holding an IBAN, or nothing: its checksum must agree. */
    @Documented
    @Constraint(validatedBy = Checked.class)
    @Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Valid {
        String message() default "{iban.invalid}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** The validator of {@link Valid}: nothing typed is valid (the field is optional). */
    public static class Checked implements ConstraintValidator<Valid, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || Iban.isValid(value);
        }
    }
}
