package lv.ludza.openup.documents;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import lv.ludza.openup.shared.OwnedBy;

/**
 * One line of a document's access log: who uploaded, downloaded or deleted it, when. The log names the record and
 * the file itself, so it outlives the document's deletion; it is only ever appended to.
 */
@Entity
@Table(name = "document_access")
@NamedQuery(name = "DocumentAccess.ofDocument", query = "SELECT a FROM DocumentAccess a"
        + " WHERE a.documentId = :document ORDER BY a.accessedAt DESC, a.id DESC")
@NamedQuery(name = "DocumentAccess.ofOwner", query = "SELECT a FROM DocumentAccess a"
        + " WHERE a.owner = :owner AND a.ownerId = :ownerId ORDER BY a.accessedAt DESC, a.id DESC")
@OwnedBy(kind = "owner", id = "ownerId")
public class DocumentAccess implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_access_seq")
    @SequenceGenerator(name = "document_access_seq", sequenceName = "openup_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Long documentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind", nullable = false, updatable = false, length = 30)
    private DocumentOwner owner;

    @Column(nullable = false, updatable = false)
    private Long ownerId;

    @Column(nullable = false, updatable = false, length = 255)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private AccessAction action;

    @Column(nullable = false, updatable = false, length = 100)
    private String username;

    @Column(nullable = false, updatable = false)
    private Instant accessedAt;

    protected DocumentAccess() {
        // for JPA
    }

    public DocumentAccess(Document document, AccessAction action, String username, Instant accessedAt) {
        this.documentId = document.getId();
        this.owner = document.getOwner();
        this.ownerId = document.getOwnerId();
        this.fileName = document.getFileName();
        this.action = action;
        this.username = username;
        this.accessedAt = accessedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public DocumentOwner getOwner() {
        return owner;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public String getFileName() {
        return fileName;
    }

    public AccessAction getAction() {
        return action;
    }

    public String getUsername() {
        return username;
    }

    public Instant getAccessedAt() {
        return accessedAt;
    }
}
