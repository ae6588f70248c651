package lv.ludza.openup.shared;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.faces.context.FacesContext;

/**
 * Text built in Java, in the language of the current screen: the same bundle the pages use as {@code msg}.
 */
public final class Texts {

    public static final String BUNDLE = "lv.ludza.openup.i18n.messages";

    /** Enum types whose names the screens keep under their feature's prefix rather than the type's own. */
    private static final Map<String, String> ENUM_PREFIXES = Map.ofEntries(
            Map.entry("assetStatus", "inventory.status"),
            Map.entry("scanOutcome", "inventory.outcome"),
            Map.entry("eventType", "events.type"),
            Map.entry("targetGroup", "events.targetGroup"),
            Map.entry("registrationStatus", "events.status"),
            Map.entry("indicatorMeasure", "events.measure"),
            Map.entry("itineraryKind", "travel.itinerary.kind"),
            Map.entry("expenseKind", "travel.expense.kind"),
            Map.entry("paidBy", "travel.expense.paidBy"),
            Map.entry("worksStatus", "renovation.worksStatus"),
            Map.entry("taskStatus", "renovation.taskStatus"),
            Map.entry("acceptanceResult", "renovation.result"),
            Map.entry("defectStatus", "renovation.defectStatus"),
            Map.entry("partnerRole", "partner.role"),
            Map.entry("loginOutcome", "logins.outcome"));

    /** A bundle key in braces inside a record's label. */
    private static final Pattern KEY = Pattern.compile("\\{([a-zA-Z]+(?:\\.[a-zA-Z]+)*\\.[A-Z_]+)}");

    private Texts() {
    }

    public static String get(String key, Object... arguments) {
        return get(currentLocale(), key, arguments);
    }

    public static String get(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
        if (arguments.length == 0) {
            return pattern;
        }
        // a Latvian date ends with a dot ("12.06.2019."); at the end of a sentence it takes no second one
        return new MessageFormat(pattern, locale).format(readable(arguments, locale)).replaceAll("(\\d)\\.\\.(?!\\.)", "$1.");
    }

    /** Money and dates in a message read as everywhere else on the screen. */
    private static Object[] readable(Object[] arguments, Locale locale) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Money money) {
                shown[i] = Formats.money(money.amount(), locale);
            } else if (shown[i] instanceof LocalDate date) {
                shown[i] = DateTimeFormatter.ofPattern(get(locale, "format.date"), locale).format(date);
            } else if (shown[i] instanceof Enum<?> value && has(locale, enumKey(value))) {
                shown[i] = get(locale, enumKey(value));
            }
        }
        return shown;
    }

    private static String enumKey(Enum<?> value) {
        String type = value.getDeclaringClass().getSimpleName();
        return enumKey(Character.toLowerCase(type.charAt(0)) + type.substring(1), value.name());
    }

    /**
     * The key of an enum constant's name: {@code <type in lower camel case>.<CONSTANT>} (e.g. {@code costCategory.STAFF}),
     * except for the features whose screens keep their states under the feature's own prefix.
     */
    static String enumKey(String type, String constant) {
        return ENUM_PREFIXES.getOrDefault(type, type) + "." + constant;
    }

    /**
     * An enum constant's name in the user's language, given as the history keeps it (type in lower camel case and the
     * constant's name); null when the bundle has none.
     */
    public static String enumName(String type, String constant) {
        return enumName(currentLocale(), type, constant);
    }

    static String enumName(Locale locale, String type, String constant) {
        String key = enumKey(type, constant);
        return has(locale, key) ? get(locale, key) : null;
    }

    /** Texts in {@code {key}} braces (e.g. a budget line's "Rokiškis / {costCategory.STAFF}") in the user's language. */
    public static String withNames(String text) {
        return withNames(currentLocale(), text);
    }

    static String withNames(Locale locale, String text) {
        if (text == null || text.indexOf('{') < 0) {
            return text;
        }
        return KEY.matcher(text).replaceAll(match -> Matcher.quoteReplacement(
                has(locale, match.group(1)) ? get(locale, match.group(1)) : match.group()));
    }

    /** Whether the bundle has a text for this key (e.g. a label for a field name in the history). */
    public static boolean has(String key) {
        return has(currentLocale(), key);
    }

    private static boolean has(Locale locale, String key) {
        try {
            ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader()).getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    /**
     * The user's language: the one the layout gives the view. Asked of the user's locale itself, because before the
     * page is rendered (a view action on a GET) the view does not have it yet.
     */
    public static Locale currentLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            Locale chosen = faces.getApplication().evaluateExpressionGet(faces, "#{userLocale.locale}", Locale.class);
            if (chosen != null) {
                return chosen;
            }
            if (faces.getViewRoot() != null) {
                return faces.getViewRoot().getLocale();
            }
        }
        return Locale.forLanguageTag("lv");
    }
}
