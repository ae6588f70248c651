package lv.ludza.openup.procurement;

import static lv.ludza.openup.security.Role.ACCOUNTANT_ROLE;
import static lv.ludza.openup.security.Role.ADMIN_ROLE;
import static lv.ludza.openup.security.Role.AUDITOR_ROLE;
import static lv.ludza.openup.security.Role.COORDINATOR_ROLE;
import static lv.ludza.openup.security.Role.STAFF_ROLE;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import lv.ludza.openup.documents.DocumentOwner;
import lv.ludza.openup.documents.DocumentService;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.security.PartnerScope;
import lv.ludza.openup.shared.ListQuery;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.PageRequest;
import lv.ludza.openup.shared.RecordId;
import lv.ludza.openup.shared.RuleViolation;

/**
 * Payments from a partner's bank statement (camt.053): the debit entries read, each with the open invoice it pays
 * proposed; the payments the accountant confirms recorded with the statement as their document. An entry recorded
 * once is recognised by its key and never recorded again. Kept by those who keep the partner's money.
 */
@Stateless
@RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE, ACCOUNTANT_ROLE, AUDITOR_ROLE })
public class StatementService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private DocumentService documents;

    private ListQuery<BankStatement> list;

    @PostConstruct
    void init() {
        list = new ListQuery<>(em, BankStatement.class, Set.of("statementRef", "accountIban", "fileName"), Set.of(),
                "createdAt", Set.of("partner"), Set.of("partner")).alsoSortedBy("toDate", "createdAt");
    }

    /** How many imported statements the filters select (of the caller's projects). */
    public long count(Map<String, String> filters) {
        return list.count(filters);
    }

    /** A page of imported statements with their partners. */
    public List<BankStatement> page(PageRequest request) {
        return list.page(request);
    }

    /** An invoice of the partner with something still to pay, as the screen's menus offer it. */
    public record OpenInvoice(long id, String number, String supplierName, String supplierIban, Money outstanding)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * One debit entry of the statement with its proposal.
     *
     * @param imported whether a payment was already recorded from this entry
     * @param invoiceId the invoice proposed (null: nothing matches)
     * @param amount the amount proposed
     * @param how how the invoice was recognised ({@link StatementMatch.How})
     */
    public record Row(int number, StatementFile.Entry entry, boolean imported, Long invoiceId, Money amount,
            String how) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** What the statement proposes: its details, its debit entries and the partner's open invoices. */
    public record Proposal(StatementFile file, List<Row> rows, List<OpenInvoice> openInvoices)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A payment the accountant confirmed: the entry's key, the invoice and the amount. */
    public record Choice(String key, long invoiceId, Money amount) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** What was recorded: the statement (null when nothing was), the payments recorded and the entries skipped. */
    public record Outcome(Long statementId, int recorded, int alreadyImported) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * Reads a statement of the partner's account and proposes an invoice for each debit entry.
     *
     * @throws RuleViolation the rules of {@link StatementFile#read}, on the field {@code file}
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, ACCOUNTANT_ROLE })
    public Proposal propose(@RecordId(Partner.class) long partnerId, byte[] content) {
        Partner partner = em.find(Partner.class, partnerId);
        PartnerScope.requireMoneyOf(em, context, partner);
        StatementFile file = StatementFile.read(content);
        Set<String> imported = importedKeys(file.entries());
        List<Invoice> open = openInvoices(partner);
        // what this statement's earlier entries would pay is no longer outstanding for the later ones
        Map<Long, Money> remaining = new HashMap<>();
        open.forEach(i -> remaining.put(i.getId(), i.getOutstanding()));
        List<Row> rows = new ArrayList<>();
        int number = 0;
        for (StatementFile.Entry entry : file.entries()) {
            number++;
            if (imported.contains(entry.key())) {
                rows.add(new Row(number, entry, true, null, null, StatementMatch.How.NONE.name()));
                continue;
            }
            List<Invoice> stillOpen = open.stream().filter(i -> remaining.get(i.getId()).isGreaterThan(Money.ZERO))
                    .toList();
            StatementMatch match = StatementMatch.propose(entry, stillOpen, i -> remaining.get(i.getId()));
            if (match.invoice() != null) {
                remaining.compute(match.invoice().getId(), (id, left) -> left.minus(match.amount()));
            }
            rows.add(new Row(number, entry, false, match.invoice() == null ? null : match.invoice().getId(),
                    match.amount(), match.how().name()));
        }
        List<OpenInvoice> offered = open.stream()
                .map(i -> new OpenInvoice(i.getId(), i.getNumber(), i.getSupplier().getName(), i.getSupplier().getIban(),
                        i.getOutstanding()))
                .sorted(Comparator.comparing(OpenInvoice::supplierName).thenComparing(OpenInvoice::number)).toList();
        return new Proposal(file, rows, offered);
    }

    /**
     * Records the confirmed payments: each on its invoice (the rules of {@link Invoice#pay}), dated the entry's
     * booking date, with the statement as their document; entries already recorded are skipped.
     *
     * @throws RuleViolation {@code statement.nothingChosen}, {@code statement.entryUnknown}, {@code
     *         statement.moreThanEntry}, {@code statement.otherPartner}, {@code statement.entryExceeds}, {@code
     *         statement.entryBeforeInvoice}, {@code statement.entryAmount}, and those of {@link StatementFile#read}
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, ACCOUNTANT_ROLE })
    public Outcome record(@RecordId(Partner.class) long partnerId, String fileName, byte[] content,
            @NotNull List<Choice> choices) {
        Partner partner = em.find(Partner.class, partnerId);
        PartnerScope.requireMoneyOf(em, context, partner);
        StatementFile file = StatementFile.read(content);
        if (choices.isEmpty()) {
            throw new RuleViolation("statement.nothingChosen");
        }
        Map<String, StatementFile.Entry> byKey = new LinkedHashMap<>();
        Map<String, Integer> numbers = new HashMap<>();
        int number = 0;
        for (StatementFile.Entry entry : file.entries()) {
            byKey.put(entry.key(), entry);
            numbers.put(entry.key(), ++number);
        }
        Set<String> imported = importedKeys(file.entries());
        BankStatement statement = null;
        int recorded = 0;
        int skipped = 0;
        Set<String> seen = new HashSet<>();
        for (Choice choice : choices) {
            StatementFile.Entry entry = byKey.get(choice.key());
            if (entry == null) {
                throw new RuleViolation("statement.entryUnknown");
            }
            int row = numbers.get(choice.key());
            if (imported.contains(choice.key()) || !seen.add(choice.key())) {
                skipped++;
                continue;
            }
            if (choice.amount() == null || choice.amount().isGreaterThan(entry.amount())) {
                throw new RuleViolation("statement.moreThanEntry", row, entry.amount());
            }
            Invoice invoice = em.find(Invoice.class, choice.invoiceId());
            if (invoice == null || !invoice.getPartner().equals(partner)) {
                throw new RuleViolation("statement.otherPartner", row);
            }
            if (statement == null) {
                statement = new BankStatement(partner, file, fileName);
                em.persist(statement);
            }
            try {
                invoice.payFromStatement(entry.paidOn(), choice.amount(), entry.reference(), statement, entry.key());
            } catch (RuleViolation refused) {
                throw switch (refused.getKey()) {
                    case "payment.exceedsInvoice" -> new RuleViolation("statement.entryExceeds", row,
                            invoice.getNumber(), invoice.getOutstanding());
                    case "payment.beforeInvoice" -> new RuleViolation("statement.entryBeforeInvoice", row,
                            invoice.getNumber());
                    default -> new RuleViolation("statement.entryAmount", row);
                };
            }
            em.lock(invoice, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            recorded++;
        }
        if (statement == null) {
            return new Outcome(null, 0, skipped);
        }
        em.flush();
        documents.attach(DocumentOwner.BANK_STATEMENT, statement.getId(), statement.getFileName(), content,
                file.schemaVersion() + (file.statementRef() == null ? "" : " " + file.statementRef()));
        return new Outcome(statement.getId(), recorded, skipped);
    }

    /** One imported statement with its partner. */
    public Optional<BankStatement> find(@RecordId(BankStatement.class) long id) {
        return em.createNamedQuery("BankStatement.withPartner", BankStatement.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    /** The payments recorded from a statement, with their invoices and suppliers, by date. */
    public List<Payment> payments(@RecordId(BankStatement.class) long id) {
        return em.createQuery("SELECT p FROM Payment p JOIN FETCH p.invoice i JOIN FETCH i.supplier"
                + " WHERE p.statement.id = :statement ORDER BY p.paidOn, p.id", Payment.class)
                .setParameter("statement", id).getResultList();
    }

    private Set<String> importedKeys(List<StatementFile.Entry> entries) {
        Set<String> keys = new HashSet<>();
        List<String> all = entries.stream().map(StatementFile.Entry::key).distinct().toList();
        for (int from = 0; from < all.size(); from += 500) {
            keys.addAll(em.createQuery("SELECT p.bankKey FROM Payment p WHERE p.bankKey IN :keys", String.class)
                    .setParameter("keys", all.subList(from, Math.min(all.size(), from + 500))).getResultList());
        }
        return keys;
    }

    /** The partner's invoices with something outstanding, their lines and payments loaded; found in the database. */
    private List<Invoice> openInvoices(Partner partner) {
        List<Invoice> open = em.createQuery("SELECT i FROM Invoice i JOIN FETCH i.supplier WHERE i.partner = :partner"
                + " AND (SELECT COALESCE(SUM(l.net.amount + l.vat.amount), 0) FROM InvoiceLine l WHERE l.invoice = i)"
                + " > (SELECT COALESCE(SUM(p.amount.amount), 0) FROM Payment p WHERE p.invoice = i)", Invoice.class)
                .setParameter("partner", partner).getResultList();
        if (!open.isEmpty()) {
            em.createQuery("SELECT DISTINCT i FROM Invoice i LEFT JOIN FETCH i.lines WHERE i IN :open", Invoice.class)
                    .setParameter("open", open).getResultList();
            em.createQuery("SELECT DISTINCT i FROM Invoice i LEFT JOIN FETCH i.payments WHERE i IN :open",
                    Invoice.class).setParameter("open", open).getResultList();
        }
        return open;
    }
}
