package lv.ludza.openup.documents;

import static lv.ludza.openup.security.Role.ACCOUNTANT_ROLE;
import static lv.ludza.openup.security.Role.ADMIN_ROLE;
import static lv.ludza.openup.security.Role.AUDITOR_ROLE;
import static lv.ludza.openup.security.Role.COORDINATOR_ROLE;
import static lv.ludza.openup.security.Role.STAFF_ROLE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import lv.ludza.openup.audit.Caller;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.ServerSettings;
import lv.ludza.openup.shared.RecordId;
import lv.ludza.openup.security.AccessRefused;
import lv.ludza.openup.security.PartnerScope;

/**
 * Documents attached to records. Everybody reads and downloads them (auditors too: they are the evidence); whoever
 * keeps a record attaches and deletes its documents: the administrator and the coordinator everybody's, an
 * accountant their partner's (the lead partner's accountant everybody's) and the shared suppliers', staff their own
 * partner's records. Every upload, download and deletion is logged with who and when.
 */
@Stateless
@RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE, ACCOUNTANT_ROLE, AUDITOR_ROLE })
public class DocumentService {

    private static final long MEGABYTE = 1024L * 1024;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    /**
     * Attaches a file to a record.
     *
     * @throws RuleViolation {@code document.duplicate} when the same file (by SHA-256) is already attached to the
     *         record, {@code error.recordDeleted} when the record is gone, and the rules of {@link Document#of}
     * @throws EJBAccessException when the caller may not change the record's documents
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE, ACCOUNTANT_ROLE })
    public Document attach(@NotNull DocumentOwner owner, @RecordId long ownerId, String fileName, byte[] content,
            String description) {
        Partner partner = requireMayChange(owner, ownerId);
        Document document = Document.of(owner, ownerId, partner, fileName, content, description, maxBytes());
        em.createNamedQuery("Document.findByChecksum", Document.class)
                .setParameter("owner", owner).setParameter("ownerId", ownerId)
                .setParameter("sha256", document.getSha256())
                .getResultStream().findFirst()
                .ifPresent(same -> {
                    throw RuleViolation.onField("file", "document.duplicate", same.getFileName());
                });
        em.persist(document);
        em.persist(new DocumentContent(document, content));
        log(document, AccessAction.UPLOAD);
        em.flush();
        return document;
    }

    /** The documents of a record, newest first: their details only, never their bytes (one statement). */
    public List<Document> list(@NotNull DocumentOwner owner, @RecordId long ownerId) {
        return em.createNamedQuery("Document.ofOwner", Document.class)
                .setParameter("owner", owner).setParameter("ownerId", ownerId).getResultList();
    }

    /** A document's bytes, for downloading; the download is logged. Empty when there is no such document. */
    public Optional<DocumentFile> content(@RecordId(Document.class) long id) {
        Document document = em.find(Document.class, id);
        if (document == null) {
            return Optional.empty();
        }
        log(document, AccessAction.DOWNLOAD);
        return Optional.of(file(document));
    }

    /**
     * A photo's bytes, to show it on its record's page. Not logged: the page shows it to everyone who opens the record,
     * and opening the file itself ({@link #content}) is logged. Empty when there is no such document or it is not an
     * image.
     */
    public Optional<DocumentFile> image(@RecordId(Document.class) long id) {
        Document document = em.find(Document.class, id);
        if (document == null || !document.getFileType().isImage()) {
            return Optional.empty();
        }
        return Optional.of(file(document));
    }

    private DocumentFile file(Document document) {
        DocumentContent content = em.find(DocumentContent.class, document.getId());
        return new DocumentFile(document.getId(), document.getFileName(), document.getContentType(),
                document.getSha256(), content.getContent());
    }

    /**
     * Deletes a document; its access log and change history stay. Nothing happens when it is already gone.
     *
     * @throws EJBAccessException when the caller may not change the record's documents
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE, ACCOUNTANT_ROLE })
    public void delete(@RecordId(Document.class) long id) {
        Document document = em.find(Document.class, id);
        if (document == null) {
            return;
        }
        requireMayChange(document.getOwner(), document.getOwnerId());
        DocumentContent content = em.find(DocumentContent.class, id);
        if (content != null) {
            em.remove(content);
        }
        log(document, AccessAction.DELETE);
        em.remove(document);
        em.flush();
    }

    /** Who uploaded, downloaded and deleted this document, newest first. */
    public List<DocumentAccess> accessLog(@RecordId(Document.class) long id) {
        return em.createNamedQuery("DocumentAccess.ofDocument", DocumentAccess.class).setParameter("document", id)
                .getResultList();
    }

    /** The access log of all documents a record has or had, newest first. */
    public List<DocumentAccess> accessLogOf(@NotNull DocumentOwner owner, @RecordId long ownerId) {
        return em.createNamedQuery("DocumentAccess.ofOwner", DocumentAccess.class)
                .setParameter("owner", owner).setParameter("ownerId", ownerId).getResultList();
    }

    /** Whether the caller may attach documents to this record and delete its documents (for the screens). */
    public boolean mayChange(@NotNull DocumentOwner owner, @RecordId long ownerId) {
        BaseEntity record = em.find(owner.type(), ownerId);
        return record != null && mayChange(owner.partnerOf(record));
    }

    /** The largest file that may be attached, in megabytes (a server setting, see {@link ServerSettings}). */
    public int maxMegabytes() {
        return ServerSettings.documentMaxMegabytes();
    }

    private long maxBytes() {
        return maxMegabytes() * MEGABYTE;
    }

    /** The record's partner (null for shared records), once it is clear the caller may change it. */
    private Partner requireMayChange(DocumentOwner owner, long ownerId) {
        BaseEntity record = em.find(owner.type(), ownerId);
        if (record == null) {
            throw new RuleViolation("error.recordDeleted");
        }
        Partner partner = owner.partnerOf(record);
        if (!mayChange(partner)) {
            if (partner != null && (context.isCallerInRole(STAFF_ROLE) || context.isCallerInRole(ACCOUNTANT_ROLE))) {
                throw AccessRefused.otherPartner(partner.getShortName());
            }
            throw new EJBAccessException("Not allowed to change the documents of " + owner + " #" + ownerId);
        }
        return partner;
    }

    /**
     * The documents of a record are kept by whoever keeps the record: the money's keepers or the partner's staff
     * ({@link PartnerScope}); a shared record's (a supplier's) by those who keep the suppliers.
     */
    private boolean mayChange(Partner partner) {
        if (partner == null) {
            return context.isCallerInRole(ADMIN_ROLE) || context.isCallerInRole(COORDINATOR_ROLE)
                    || context.isCallerInRole(ACCOUNTANT_ROLE);
        }
        return PartnerScope.mayKeepMoneyOf(em, context, partner) || PartnerScope.mayKeepRecordsOf(em, context, partner);
    }

    private void log(Document document, AccessAction action) {
        em.persist(new DocumentAccess(document, action, Caller.name(), Instant.now()));
    }
}
