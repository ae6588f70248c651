package lv.ludza.openup.shared;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.faces.context.FacesContext;

/**
 * Text built in Java, in the language of the current screen: the same bundle the pages use as {@code msg}.
 */
public final class Texts {

    public static final String BUNDLE = "lv.ludza.openup.i18n.messages";

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
        return Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name();
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
    static Locale currentLocale() {
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
