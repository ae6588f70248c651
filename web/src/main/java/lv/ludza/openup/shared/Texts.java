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
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(readable(arguments, locale));
    }

    /** Money and dates in a message read as everywhere else on the screen. */
    private static Object[] readable(Object[] arguments, Locale locale) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Money money) {
                shown[i] = Formats.money(money.amount(), locale);
            } else if (shown[i] instanceof LocalDate date) {
                shown[i] = DateTimeFormatter.ofPattern(get(locale, "format.date"), locale).format(date);
            } else if (shown[i] instanceof Enum<?> value && has(enumKey(value))) {
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
        try {
            ResourceBundle.getBundle(BUNDLE, currentLocale(), Texts.class.getClassLoader()).getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    static Locale currentLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot() != null) {
            return faces.getViewRoot().getLocale();
        }
        return Locale.forLanguageTag("lv");
    }
}
