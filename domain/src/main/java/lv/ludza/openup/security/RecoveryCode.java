package lv.ludza.openup.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.SharedByProjects;

/**
 * A one-time recovery code of a user's two-factor login, for when the phone is lost: kept only as its SHA-256 (the
 * codes are long random strings, so a plain hash is enough), usable once.
 */
@Entity
@Table(name = "recovery_code")
@SharedByProjects
@NamedQuery(name = "RecoveryCode.unusedOf", query = "SELECT c FROM RecoveryCode c WHERE c.user = :user AND c.usedAt IS NULL")
public class RecoveryCode extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private AppUser user;

    @Column(nullable = false, updatable = false, length = 64)
    private String codeHash;

    private Instant usedAt;

    protected RecoveryCode() {
        // for JPA
    }

    public RecoveryCode(AppUser user, String code) {
        this.user = user;
        this.codeHash = hash(code);
    }

    /** Whether this is the code typed (spaces, dashes and capitals do not matter). */
    public boolean matches(String typed) {
        return usedAt == null && MessageDigest.isEqual(codeHash.getBytes(StandardCharsets.US_ASCII),
                hash(typed).getBytes(StandardCharsets.US_ASCII));
    }

    public void use(Instant at) {
        usedAt = at;
    }

    public Instant getUsedAt() {
        return usedAt;
    }

    static String hash(String code) {
        String normal = code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
