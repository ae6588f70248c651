package lv.ludza.openup.documents;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import lv.ludza.openup.shared.InProject;

/**
 * The bytes of a document, one row per document, in a table of their own so that lists never read them. Kept in
 * the database, so its backup holds the files too. Not in the change history: the bytes never change, and the
 * audited document keeps their SHA-256.
 */
@Entity
@Table(name = "document_content")
@InProject("document.partner.project.id")
public class DocumentContent implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private Long id;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    private Document document;

    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    protected DocumentContent() {
        // for JPA
    }

    public DocumentContent(Document document, byte[] content) {
        this.document = document;
        this.content = content;
    }

    public Long getId() {
        return id;
    }

    public byte[] getContent() {
        return content;
    }
}
