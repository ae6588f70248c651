package lv.ludza.openup.security;

import java.util.Locale;

/** The languages the product speaks; Latvian is the default. */
public enum Language {
    LV, LT, EN;

    public static final Language DEFAULT = LV;

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language of a code such as {@code lt}; the default for anything unknown. */
    public static Language of(String code) {
        for (Language l : values()) {
            if (l.code().equalsIgnoreCase(code)) {
                return l;
            }
        }
        return DEFAULT;
    }
}
