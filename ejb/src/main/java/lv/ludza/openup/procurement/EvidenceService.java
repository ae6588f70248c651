package lv.ludza.openup.procurement;

import static lv.ludza.openup.security.Role.ACCOUNTANT_ROLE;
import static lv.ludza.openup.security.Role.ADMIN_ROLE;
import static lv.ludza.openup.security.Role.AUDITOR_ROLE;
import static lv.ludza.openup.security.Role.COORDINATOR_ROLE;
import static lv.ludza.openup.security.Role.STAFF_ROLE;
import static lv.ludza.openup.shared.NativeRows.instant;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import lv.ludza.openup.audit.Caller;
import lv.ludza.openup.documents.AccessAction;
import lv.ludza.openup.documents.Document;
import lv.ludza.openup.documents.DocumentAccess;
import lv.ludza.openup.documents.DocumentContent;
import lv.ludza.openup.documents.DocumentFile;
import lv.ludza.openup.documents.DocumentOwner;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.ReportingPeriod;
import lv.ludza.openup.shared.NativeRows;
import lv.ludza.openup.shared.RecordId;
import lv.ludza.openup.shared.RuleViolation;

/**
 * The evidence of a partner report's items: for each item the documents of every record that supports it (the
 * invoice, the bank statement of its payment, the contract, the procurement procedure, the equipment bought, the
 * renovation works of the contract, the event whose cost it is, the study trip and the receipt of a travel expense),
 * and what is missing. Read with a few statements whatever the report's size; the documents' bytes one at a time
 * ({@link #packed}), so the evidence pack streams. Whoever may read the report may read its evidence.
 */
@Stateless
@RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE, ACCOUNTANT_ROLE, AUDITOR_ROLE })
public class EvidenceService {

    /** The report's items with their links (a derived table: H2 2.2 mixes up the columns of common tables). */
    private static final String ITEMS = "(SELECT e.id, e.invoice_line_id, e.travel_order_id, e.travel_expense_id"
            + " FROM expenditure_item e WHERE e.partner_id = ?1 AND e.period_id = ?2)";

    /** The report's invoice lines with their invoice and contract. */
    private static final String LINES = "(SELECT e.id AS item, v.id AS invoice, v.contract_id AS contract,"
            + " e.invoice_line_id AS line FROM expenditure_item e JOIN invoice_line l ON l.id = e.invoice_line_id"
            + " JOIN invoice v ON v.id = l.invoice_id WHERE e.partner_id = ?1 AND e.period_id = ?2)";

    /** Every record that supports an item: (item, kind of record as {@link DocumentOwner}, record id). */
    private static final String SUPPORTS = "(SELECT s.item, 'INVOICE' AS kind, s.invoice AS rid FROM " + LINES + " s"
            + " UNION ALL SELECT s.item, 'BANK_STATEMENT', p.statement_id FROM " + LINES + " s"
            + " JOIN payment p ON p.invoice_id = s.invoice WHERE p.statement_id IS NOT NULL"
            + " UNION ALL SELECT s.item, 'CONTRACT', s.contract FROM " + LINES + " s WHERE s.contract IS NOT NULL"
            + " UNION ALL SELECT s.item, 'PROCEDURE', c.procedure_id FROM " + LINES + " s"
            + " JOIN contract c ON c.id = s.contract WHERE c.procedure_id IS NOT NULL"
            + " UNION ALL SELECT s.item, 'ASSET', a.id FROM " + LINES + " s JOIN asset a ON a.invoice_line_id = s.line"
            + " UNION ALL SELECT s.item, 'WORKS', w.id FROM " + LINES + " s JOIN works w ON w.contract_id = s.contract"
            + " UNION ALL SELECT s.item, 'WORKS_ACCEPTANCE', w.id FROM " + LINES + " s"
            + " JOIN works w ON w.contract_id = s.contract"
            + " UNION ALL SELECT i.id, 'EVENT', c.event_id FROM " + ITEMS + " i"
            + " JOIN event_cost c ON c.expenditure_item_id = i.id"
            + " UNION ALL SELECT i.id, 'TRIP', t.trip_id FROM " + ITEMS + " i"
            + " JOIN travel_order o ON o.id = i.travel_order_id JOIN trip_participant t ON t.id = o.participant_id"
            + " UNION ALL SELECT i.id, 'TRAVEL_EXPENSE', i.travel_expense_id FROM " + ITEMS + " i"
            + " WHERE i.travel_expense_id IS NOT NULL"
            + " UNION ALL SELECT i.id, 'EXPENDITURE_ITEM', i.id FROM " + ITEMS + " i)";

    /** Whether a record of this kind (a literal) and id (a column) has a document. */
    private static String documented(String kind, String id) {
        return "EXISTS (SELECT 1 FROM document d WHERE d.owner_kind = '" + kind + "' AND d.owner_id = " + id + ")";
    }

    /**
     * What is missing, as (item, kind of evidence): an invoice without its document, a payment without a bank
     * statement, a contract or a procurement procedure without documents, equipment without a document or photo, an
     * event without its documents (the signature sheets), a trip without documents (the travel order), a travel
     * expense without its receipt, and a cost declared without an invoice, a trip or an event that has no documents of
     * its own (its item's page takes them). Each a plain join on indexed columns.
     */
    private static final String MISSING = "(SELECT s.item, 'INVOICE' AS kind FROM " + LINES + " s WHERE NOT "
            + documented("INVOICE", "s.invoice")
            + " UNION ALL SELECT s.item, 'PAYMENT' FROM " + LINES + " s WHERE NOT EXISTS (SELECT 1 FROM payment p"
            + " JOIN document d ON d.owner_kind = 'BANK_STATEMENT' AND d.owner_id = p.statement_id"
            + " WHERE p.invoice_id = s.invoice)"
            + " UNION ALL SELECT s.item, 'CONTRACT' FROM " + LINES + " s WHERE s.contract IS NOT NULL AND NOT "
            + documented("CONTRACT", "s.contract")
            + " UNION ALL SELECT s.item, 'PROCEDURE' FROM " + LINES + " s JOIN contract c ON c.id = s.contract"
            + " WHERE c.procedure_id IS NOT NULL AND NOT " + documented("PROCEDURE", "c.procedure_id")
            + " UNION ALL SELECT s.item, 'ASSET' FROM " + LINES + " s JOIN asset a ON a.invoice_line_id = s.line"
            + " WHERE NOT " + documented("ASSET", "a.id")
            + " UNION ALL SELECT i.id, 'EVENT' FROM " + ITEMS + " i JOIN event_cost c ON c.expenditure_item_id = i.id"
            + " WHERE NOT " + documented("EVENT", "c.event_id")
            + " UNION ALL SELECT i.id, 'TRIP' FROM " + ITEMS + " i JOIN travel_order o ON o.id = i.travel_order_id"
            + " JOIN trip_participant t ON t.id = o.participant_id WHERE NOT " + documented("TRIP", "t.trip_id")
            + " UNION ALL SELECT i.id, 'TRAVEL_EXPENSE' FROM " + ITEMS + " i WHERE i.travel_expense_id IS NOT NULL"
            + " AND NOT " + documented("TRAVEL_EXPENSE", "i.travel_expense_id")
            + " UNION ALL SELECT i.id, 'OTHER' FROM " + ITEMS + " i WHERE i.invoice_line_id IS NULL"
            + " AND i.travel_order_id IS NULL"
            + " AND NOT EXISTS (SELECT 1 FROM event_cost c WHERE c.expenditure_item_id = i.id)"
            + " AND NOT " + documented("EXPENDITURE_ITEM", "i.id") + ")";

    @PersistenceContext
    private EntityManager em;

    /**
     * The evidence of the partner's report of the period, item by item in the report's order, with what is missing;
     * three statements, no document's bytes.
     *
     * @throws RuleViolation {@code error.recordDeleted} when there is no such partner or period of its project
     */
    public Evidence evidence(@RecordId(Partner.class) long partnerId, @RecordId(ReportingPeriod.class) long periodId) {
        requireReport(partnerId, periodId);
        Map<Long, ItemEvidence> items = new LinkedHashMap<>();
        int number = 0;
        for (Object[] row : rows("SELECT e.id, e.category, e.description, e.paid_on, e.amount FROM expenditure_item e"
                + " WHERE e.partner_id = ?1 AND e.period_id = ?2 ORDER BY e.category, e.paid_on, e.id",
                partnerId, periodId)) {
            long id = ((Number) row[0]).longValue();
            items.put(id, new ItemEvidence(++number, id, (String) row[1], (String) row[2], new ArrayList<>(),
                    new ArrayList<>()));
        }
        for (Object[] row : rows("SELECT k.item, k.kind, k.rid, d.id, d.file_name, d.size_bytes,"
                + " d.sha256, d.created_by, d.created_at FROM " + SUPPORTS + " k JOIN document d ON d.owner_kind = k.kind"
                + " AND d.owner_id = k.rid ORDER BY k.item, k.kind, k.rid, d.id", partnerId, periodId)) {
            ItemEvidence item = items.get(((Number) row[0]).longValue());
            item.files().add(new EvidenceFile(DocumentOwner.valueOf((String) row[1]), ((Number) row[2]).longValue(),
                    ((Number) row[3]).longValue(), (String) row[4], ((Number) row[5]).longValue(), (String) row[6],
                    (String) row[7], instant(row[8])));
        }
        for (Object[] row : rows("SELECT DISTINCT m.item, m.kind FROM " + MISSING + " m ORDER BY m.item, m.kind",
                partnerId, periodId)) {
            ItemEvidence item = items.get(((Number) row[0]).longValue());
            String kind = ((String) row[1]).trim();
            if (!item.missing().contains(kind)) {
                item.missing().add(kind);
            }
        }
        return new Evidence(partnerId, periodId, new ArrayList<>(items.values()));
    }

    /**
     * How many of the report's items miss each kind of evidence ({@code INVOICE}, {@code PAYMENT}, {@code CONTRACT},
     * {@code PROCEDURE}, {@code ASSET}, {@code EVENT}, {@code TRIP}, {@code TRAVEL_EXPENSE}, {@code OTHER}), for the
     * report page's warnings: counted in the database, one statement.
     */
    public Map<String, Long> missingCounts(@RecordId(Partner.class) long partnerId,
            @RecordId(ReportingPeriod.class) long periodId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : rows("SELECT m.kind, COUNT(DISTINCT m.item) FROM " + MISSING + " m GROUP BY m.kind"
                + " ORDER BY m.kind", partnerId, periodId)) {
            counts.put(((String) row[0]).trim(), ((Number) row[1]).longValue());
        }
        return counts;
    }

    /**
     * A document of the report's evidence, its bytes for the pack; logged in the document's access log as packed.
     * Empty when it is gone or supports none of the report's items.
     */
    public Optional<DocumentFile> packed(@RecordId(Partner.class) long partnerId,
            @RecordId(ReportingPeriod.class) long periodId, @RecordId(Document.class) long documentId) {
        long supported = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + SUPPORTS + " k"
                + " JOIN document d ON d.owner_kind = k.kind AND d.owner_id = k.rid WHERE d.id = ?3").setParameter(1, partnerId)
                .setParameter(2, periodId).setParameter(3, documentId).getSingleResult()).longValue();
        Document document = supported == 0 ? null : em.find(Document.class, documentId);
        if (document == null) {
            return Optional.empty();
        }
        DocumentContent content = em.find(DocumentContent.class, documentId);
        em.persist(new DocumentAccess(document, AccessAction.PACKED, Caller.name(), Instant.now()));
        DocumentFile file = new DocumentFile(document.getId(), document.getFileName(), document.getContentType(),
                document.getSha256(), content.getContent());
        em.flush();
        em.detach(content);
        return Optional.of(file);
    }

    private void requireReport(long partnerId, long periodId) {
        Partner partner = em.find(Partner.class, partnerId);
        ReportingPeriod period = em.find(ReportingPeriod.class, periodId);
        if (partner == null || period == null || !period.getProject().equals(partner.getProject())) {
            throw new RuleViolation("error.recordDeleted");
        }
    }

    private List<Object[]> rows(String sql, long partnerId, long periodId) {
        return NativeRows.of(em, sql, partnerId, periodId);
    }

    /** The evidence of one partner report. */
    public record Evidence(long partnerId, long periodId, List<ItemEvidence> items) implements Serializable {

        /** Items with something missing. */
        public List<ItemEvidence> incomplete() {
            return items.stream().filter(item -> !item.missing().isEmpty()).toList();
        }
    }

    /**
     * One item of the report: its number in the report, id, category and description, the documents that support
     * it and the kinds of evidence it misses.
     */
    public record ItemEvidence(int number, long itemId, String category, String description, List<EvidenceFile> files,
            List<String> missing) implements Serializable {
    }

    /** A document supporting an item: the record it is attached to, and what the manifest says of it. */
    public record EvidenceFile(DocumentOwner owner, long recordId, long documentId, String fileName, long sizeBytes,
            String sha256, String uploadedBy, Instant uploadedAt) implements Serializable {
    }
}
