package lv.ludza.openup.audit;

import java.io.Serializable;

import lv.ludza.openup.shared.LocalizedText;

/**
 * One field's value before and after a change. Values are plain, locale-free text (null where there was none);
 * {@code type} tells a screen how to show them: {@link #TEXT}, {@link #MONEY} ("4500.00 EUR"), {@link #DATE}
 * (ISO), {@link #BOOLEAN}, {@link #LOCALIZED} (a name in three languages, {@link #inLanguages}), or for an enum its
 * name in lower camel case (e.g. {@code procedureStatus}). A {@link #TEXT} may name enum constants by their bundle
 * key in braces (a budget line: "Rokiškis / {costCategory.STAFF}").
 */
public record FieldChange(String field, String oldValue, String newValue, String type) implements Serializable {

    public static final String TEXT = "text";
    public static final String MONEY = "money";
    public static final String DATE = "date";
    public static final String BOOLEAN = "boolean";
    public static final String LOCALIZED = "localized";

    private static final String SEPARATOR = "\u001F";

    /** The Latvian, Lithuanian and English name as one value (in that order). */
    public static String inLanguages(LocalizedText names) {
        return String.join(SEPARATOR, text(names.getLv()), text(names.getLt()), text(names.getEn()));
    }

    /** The name in the language ("lv", "lt", "en") out of a {@link #LOCALIZED} value; Latvian where it has none. */
    public static String inLanguage(String value, String language) {
        String[] names = value.split(SEPARATOR, -1);
        int index = switch (language) {
            case "lt" -> 1;
            case "en" -> 2;
            default -> 0;
        };
        return index < names.length && !names[index].isBlank() ? names[index] : names[0];
    }

    private static String text(String name) {
        return name == null ? "" : name;
    }
}
