package lv.ludza.openup.shared;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A text kept in the three languages of the product: Latvian, Lithuanian and English. */
@Embeddable
public class LocalizedText implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(length = 500)
    private String lv;

    @Column(length = 500)
    private String lt;

    @Column(length = 500)
    private String en;

    protected LocalizedText() {
        // for JPA
    }

    public LocalizedText(String lv, String lt, String en) {
        this.lv = lv;
        this.lt = lt;
        this.en = en;
    }

    /** The text in the given language; Latvian (the product's default) where that one is missing. */
    public String in(Locale locale) {
        String text = switch (locale == null ? "lv" : locale.getLanguage()) {
            case "lt" -> lt;
            case "en" -> en;
            default -> lv;
        };
        return text == null || text.isBlank() ? lv : text;
    }

    public String getLv() {
        return lv;
    }

    public String getLt() {
        return lt;
    }

    public String getEn() {
        return en;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedText t && Objects.equals(lv, t.lv) && Objects.equals(lt, t.lt)
                && Objects.equals(en, t.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lv, lt, en);
    }
}
