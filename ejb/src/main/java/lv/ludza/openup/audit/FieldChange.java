package lv.ludza.openup.audit;

import java.io.Serializable;

/**
 * One field's value before and after a change. Values are plain, locale-free text (null where there was none);
 * {@code type} tells a screen how to show them: {@link #TEXT}, {@link #MONEY} ("4500.00 EUR"), {@link #DATE}
 * (ISO), {@link #BOOLEAN}, or for an enum its name in lower camel case (e.g. {@code procedureStatus}).
 */
public record FieldChange(String field, String oldValue, String newValue, String type) implements Serializable {

    public static final String TEXT = "text";
    public static final String MONEY = "money";
    public static final String DATE = "date";
    public static final String BOOLEAN = "boolean";
}
