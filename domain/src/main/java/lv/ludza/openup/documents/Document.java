package lv.ludza.openup.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import lv.ludza.openup.project.Partner;
import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.InProject;

/**
 * A file attached to a record (an invoice, a contract, ...): its name, what its content is, its size and SHA-256.
 * The bytes are kept apart ({@link DocumentContent}), so lists of documents never load them. A document does not
 * change once attached; it can only be deleted.
 */
@Entity
@Table(name = "document")
@Audited
@NamedQuery(name = "Document.ofOwner", query = "SELECT d FROM Document d WHERE d.owner = :owner"
        + " AND d.ownerId = :ownerId ORDER BY d.createdAt DESC, d.id DESC")
@NamedQuery(name = "Document.findByChecksum", query = "SELECT d FROM Document d WHERE d.owner = :owner"
        + " AND d.ownerId = :ownerId AND d.sha256 = :sha256")
@NamedQuery(name = "Document.countOf",
        query = "SELECT COUNT(d) FROM Document d WHERE d.owner = :owner AND d.ownerId = :ownerId")
@InProject("partner.project.id")
public class Document extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int MAX_DESCRIPTION = 500;
    private static final int SHORT_CHECKSUM = 12;
    private static final double MEGABYTE = 1024 * 1024;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind", nullable = false, updatable = false, length = 30)
    private DocumentOwner owner;

    @Column(nullable = false, updatable = false)
    private Long ownerId;

    /** The partner whose record it is attached to (none for shared records), for partner scope. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id", updatable = false)
    private Partner partner;

    @Column(nullable = false, updatable = false, length = 255)
    private String fileName;

    @Column(nullable = false, updatable = false, length = 100)
    private String contentType;

    @Column(nullable = false, updatable = false)
    private long sizeBytes;

    /** Hex, lower case: what an auditor compares with their copy. */
    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(length = MAX_DESCRIPTION)
    private String description;

    protected Document() {
        // for JPA
    }

    private Document(DocumentOwner owner, long ownerId, Partner partner, FileName fileName, FileType type,
            byte[] content, String description) {
        this.owner = owner;
        this.ownerId = ownerId;
        this.partner = partner;
        this.fileName = fileName.value();
        this.contentType = type.contentTypeFor(fileName.extension());
        this.sizeBytes = content.length;
        this.sha256 = sha256(content);
        this.description = description;
    }

    /**
     * A document for these bytes, checked: not empty, not larger than {@code maxBytes}, of an accepted type by its
     * content, with a name that agrees (a name without extension gets the type's).
     *
     * @throws RuleViolation {@code document.fileName.required}, {@code document.empty}, {@code document.tooLarge},
     *         {@code document.type.unknown}, {@code document.type.mismatch}, {@code document.description.size}
     */
    public static Document of(DocumentOwner owner, long ownerId, Partner partner, String sentName, byte[] content,
            String description, long maxBytes) {
        FileName sent = FileName.of(sentName);
        if (content == null || content.length == 0) {
            throw RuleViolation.onField("file", "document.empty", sent.value());
        }
        if (content.length > maxBytes) {
            throw RuleViolation.onField("file", "document.tooLarge", sent.value(), content.length / MEGABYTE,
                    Math.round(maxBytes / MEGABYTE));
        }
        FileType type = FileType.detect(content)
                .orElseThrow(() -> RuleViolation.onField("file", "document.type.unknown", sent.value()));
        if (!sent.extension().isEmpty() && !type.allows(sent.extension())) {
            throw RuleViolation.onField("file", "document.type.mismatch", sent.value(), sent.extension(), type);
        }
        FileName name = sent.extension().isEmpty() ? sent.withExtension(type.defaultExtension()) : sent;
        String described = description == null || description.isBlank() ? null : description.strip();
        if (described != null && described.length() > MAX_DESCRIPTION) {
            throw RuleViolation.onField("description", "document.description.size", MAX_DESCRIPTION);
        }
        return new Document(owner, ownerId, partner, name, type, content, described);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    @Override
    public String label() {
        return fileName;
    }

    public DocumentOwner getOwner() {
        return owner;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public Partner getPartner() {
        return partner;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    /** The kind of file, for its label on the screen. */
    public FileType getFileType() {
        return FileType.ofContentType(contentType).orElse(null);
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    /** The first characters of the checksum, enough to tell documents apart on a screen. */
    public String getShortSha256() {
        return sha256.substring(0, SHORT_CHECKSUM);
    }

    public String getDescription() {
        return description;
    }
}
