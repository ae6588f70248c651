package lv.ludza.openup.inventory;

import static lv.ludza.openup.shared.Text.trimmed;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hibernate.envers.Audited;

import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.LocalizedText;
import lv.ludza.openup.shared.NamedInLanguages;
import lv.ludza.openup.shared.SharedByProjects;

/**
 * What kind of thing an asset is (computer, laptop, ...): data the coordinator keeps, with a name in each language
 * of the product. A category no longer in use for new assets stays on the assets that have it.
 */
@Entity
@Table(name = "asset_category")
@Audited
@NamedQuery(name = "AssetCategory.findAll", query = "SELECT c FROM AssetCategory c ORDER BY c.code")
@NamedQuery(name = "AssetCategory.findByCode", query = "SELECT c FROM AssetCategory c WHERE UPPER(c.code) = :code")
@NamedQuery(name = "AssetCategory.assetCounts",
        query = "SELECT a.category.id, COUNT(a) FROM Asset a GROUP BY a.category.id")
@NamedQuery(name = "AssetCategory.assetCount", query = "SELECT COUNT(a) FROM Asset a WHERE a.category.id = :category")
@SharedByProjects
public class AssetCategory extends BaseEntity implements NamedInLanguages {

    private static final long serialVersionUID = 1L;

    /**
     * Latin letters, digits and underscores: {@code GAME_CONSOLE}. Kept in upper case; lower case is allowed here
     * because the screen validates what was typed before the setter makes it upper case.
     */
    public static final String CODE_PATTERN = "[A-Za-z0-9_]{1,30}";

    @NotBlank(message = "{inventory.category.code.required}")
    @Pattern(regexp = CODE_PATTERN, message = "{inventory.category.code.pattern}")
    @Column(nullable = false, length = 30)
    private String code;

    @NotBlank(message = "{inventory.category.name.required}")
    @Size(max = 100, message = "{inventory.category.name.size}")
    @Column(name = "name_lv", nullable = false, length = 100)
    private String nameLv;

    @NotBlank(message = "{inventory.category.name.required}")
    @Size(max = 100, message = "{inventory.category.name.size}")
    @Column(name = "name_lt", nullable = false, length = 100)
    private String nameLt;

    @NotBlank(message = "{inventory.category.name.required}")
    @Size(max = 100, message = "{inventory.category.name.size}")
    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    /** Offered for new assets; an inactive category stays on the assets that have it. */
    @Column(nullable = false)
    private boolean active = true;

    public AssetCategory() {
        // a new one on the screen; for JPA
    }

    public AssetCategory(String code, String nameLv, String nameLt, String nameEn) {
        setCode(code);
        setNameLv(nameLv);
        setNameLt(nameLt);
        setNameEn(nameEn);
    }

    /** The name in the language of the locale; Latvian (the product's default) for any other language. */
    public String nameIn(Locale locale) {
        return switch (locale == null ? "lv" : locale.getLanguage()) {
            case "lt" -> nameLt;
            case "en" -> nameEn;
            default -> nameLv;
        };
    }

    /** The entity field holding the name in the locale's language (to sort a list by it). */
    public static String nameField(Locale locale) {
        return switch (locale == null ? "lv" : locale.getLanguage()) {
            case "lt" -> "nameLt";
            case "en" -> "nameEn";
            default -> "nameLv";
        };
    }

    /** Whether the text is this category's code or its name in any language, ignoring case and blanks around. */
    public boolean isCalled(String text) {
        String plain = trimmed(text);
        return plain != null && (plain.equalsIgnoreCase(code) || plain.equalsIgnoreCase(nameLv)
                || plain.equalsIgnoreCase(nameLt) || plain.equalsIgnoreCase(nameEn));
    }

    @Override
    public String label() {
        return code;
    }

    @Override
    public LocalizedText names() {
        return new LocalizedText(nameLv, nameLt, nameEn);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        String plain = trimmed(code);
        this.code = plain == null ? null : plain.toUpperCase(Locale.ROOT);
    }

    public String getNameLv() {
        return nameLv;
    }

    public void setNameLv(String nameLv) {
        this.nameLv = trimmed(nameLv);
    }

    public String getNameLt() {
        return nameLt;
    }

    public void setNameLt(String nameLt) {
        this.nameLt = trimmed(nameLt);
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = trimmed(nameEn);
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
