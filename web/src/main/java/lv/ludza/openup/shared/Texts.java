package lv.ludza.openup.shared;

import java.text.MessageFormat;
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
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
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
