package lv.ludza.openup.privacy;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The consent text a person agrees to when registered for an event, in the three languages, by version: a changed
 * text is a new version from a day on, and each registration keeps the version it agreed to. Never changed once
 * saved.
 */
@Entity
@Table(name = "consent_text")
@lv.ludza.openup.shared.SharedByProjects
@NamedQuery(name = "ConsentText.all", query = "SELECT c FROM ConsentText c ORDER BY c.version DESC")
@NamedQuery(name = "ConsentText.validOn", query = "SELECT c FROM ConsentText c WHERE c.validFrom <= :day"
        + " ORDER BY c.validFrom DESC, c.version DESC")
public class ConsentText implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The longest text of one language. */
    public static final int MAX_LENGTH = 2000;

    @Id
    private Integer version;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(name = "text_lv", nullable = false, updatable = false, length = MAX_LENGTH)
    private String textLv;

    @Column(name = "text_lt", nullable = false, updatable = false, length = MAX_LENGTH)
    private String textLt;

    @Column(name = "text_en", nullable = false, updatable = false, length = MAX_LENGTH)
    private String textEn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    private String createdBy;

    protected ConsentText() {
        // for JPA
    }

    public ConsentText(int version, LocalDate validFrom, String textLv, String textLt, String textEn, String createdBy) {
        this.version = version;
        this.validFrom = validFrom;
        this.textLv = textLv;
        this.textLt = textLt;
        this.textEn = textEn;
        this.createdAt = Instant.now();
        this.createdBy = createdBy;
    }

    /** The text in a language (Latvian for any other). */
    public String text(Locale locale) {
        return switch (locale == null ? "lv" : locale.getLanguage()) {
            case "lt" -> textLt;
            case "en" -> textEn;
            default -> textLv;
        };
    }

    public Integer getVersion() {
        return version;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public String getTextLv() {
        return textLv;
    }

    public String getTextLt() {
        return textLt;
    }

    public String getTextEn() {
        return textEn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
