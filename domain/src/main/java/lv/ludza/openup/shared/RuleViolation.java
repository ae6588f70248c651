package lv.ludza.openup.shared;

import java.util.Arrays;

/**
 * A business rule said no. Carries a message key and its arguments, never a sentence: the screen says it
 * in the user's language. Services roll back when one is thrown (declared in the ejb module's ejb-jar.xml).
 */
public class RuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] arguments;
    private final String field;

    public RuleViolation(String key, Object... arguments) {
        this(arguments, null, key);
    }

    /** A violation that belongs next to one input field (the field's id on the screen). */
    public static RuleViolation onField(String field, String key, Object... arguments) {
        return new RuleViolation(arguments, field, key);
    }

    private RuleViolation(Object[] arguments, String field, String key) {
        super(key + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.field = field;
        this.key = key;
        this.arguments = arguments.clone();
    }

    public String getKey() {
        return key;
    }

    public Object[] getArguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }

    /** The field the message belongs to, or null for the whole form. */
    public String getField() {
        return field;
    }
}
