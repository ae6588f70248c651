package lv.ludza.openup.procurement;

import static lv.ludza.openup.security.Role.ACCOUNTANT_ROLE;
import static lv.ludza.openup.security.Role.ADMIN_ROLE;
import static lv.ludza.openup.security.Role.AUDITOR_ROLE;
import static lv.ludza.openup.security.Role.COORDINATOR_ROLE;
import static lv.ludza.openup.security.Role.STAFF_ROLE;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import lv.ludza.openup.project.Country;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.security.PartnerScope;
import lv.ludza.openup.shared.ConcurrentChangeException;
import lv.ludza.openup.shared.ListQuery;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.PageRequest;
import lv.ludza.openup.shared.Records;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.RecordId;
import lv.ludza.openup.shared.SharedByProjects;

/** Invoices and their payments: everybody reads; the people who keep a partner's money enter them. */
@Stateless
@RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE, ACCOUNTANT_ROLE, AUDITOR_ROLE })
public class InvoiceService {

    @PersistenceContext
    private EntityManager em;

    @jakarta.ejb.EJB
    private ThresholdService thresholds;

    @Resource
    private SessionContext context;

    private ListQuery<Invoice> list;

    @PostConstruct
    void init() {
        list = new ListQuery<>(em, Invoice.class, Set.of("number"), Set.of(), "number",
                Set.of("partner", "supplier", "contract"), Set.of("partner", "supplier", "contract"));
    }

    public long count(Map<String, String> filters) {
        return list.count(filters);
    }

    /** A page of invoices with their lines and payments loaded (three statements whatever the page size). */
    public List<Invoice> page(PageRequest request) {
        List<Invoice> invoices = list.page(request);
        if (!invoices.isEmpty()) {
            em.createQuery("SELECT DISTINCT i FROM Invoice i LEFT JOIN FETCH i.lines WHERE i IN :page", Invoice.class)
                    .setParameter("page", invoices).getResultList();
            em.createQuery("SELECT DISTINCT i FROM Invoice i LEFT JOIN FETCH i.payments WHERE i IN :page",
                    Invoice.class).setParameter("page", invoices).getResultList();
        }
        return invoices;
    }

    /** One invoice with its lines and payments. */
    public Optional<Invoice> find(@RecordId(Invoice.class) long id) {
        Optional<Invoice> invoice = em.createNamedQuery("Invoice.withRelations", Invoice.class)
                .setParameter("id", id).getResultStream().findFirst();
        invoice.ifPresent(i -> {
            i.getLines().forEach(line -> org.hibernate.Hibernate.initialize(line.getVatRate()));
            i.getPayments().size();
        });
        return invoice;
    }

    /** The VAT rates of a country valid on a day, highest first (reverse charge and 0 % last). */
    @SharedByProjects
    public List<VatRate> vatRates(@NotNull Country country, @NotNull LocalDate day) {
        return em.createNamedQuery("VatRate.validOn", VatRate.class).setParameter("country", country)
                .setParameter("day", day).getResultList();
    }

    /** Every VAT rate of every country, the newest first. */
    @SharedByProjects
    public List<VatRate> allVatRates() {
        return em.createNamedQuery("VatRate.findAll", VatRate.class).getResultList();
    }

    /** Contracts an invoice of this partner from this supplier can be paid under. */
    public List<Contract> contractsOf(@RecordId(Partner.class) long partnerId, @RecordId(Supplier.class) long supplierId) {
        return em.createQuery("SELECT c FROM Contract c WHERE c.partner.id = :partner AND c.supplier.id = :supplier"
                + " ORDER BY c.signedOn", Contract.class)
                .setParameter("partner", partnerId).setParameter("supplier", supplierId).getResultList();
    }

    /**
     * Saves an invoice with the lines as typed.
     *
     * @throws RuleViolation {@code invoice.number.taken} for a number the supplier already used, and the rules of
     *         {@link Invoice#replaceLines}
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, ACCOUNTANT_ROLE })
    public Invoice save(@NotNull @Valid Invoice edited, @NotNull List<Invoice.Line> lines, @RecordId(Contract.class) Long contractId) {
        Partner partner = em.find(Partner.class, edited.getPartner().getId());
        PartnerScope.requireMoneyOf(em, context, partner);
        edited.checkDates();
        em.createNamedQuery("Invoice.findByNumber", Invoice.class)
                .setParameter("supplier", edited.getSupplier().getId())
                .setParameter("number", edited.getNumber())
                .getResultStream()
                .filter(other -> !other.getId().equals(edited.getId()))
                .findFirst()
                .ifPresent(other -> {
                    throw RuleViolation.onField("number", "invoice.number.taken", other.getNumber());
                });
        Invoice invoice = edited.isNew() ? edited : current(edited);
        if (!edited.isNew()) {
            invoice.setPartner(partner);
            invoice.setSupplier(em.find(Supplier.class, edited.getSupplier().getId()));
            invoice.setNumber(edited.getNumber());
            invoice.setIssuedOn(edited.getIssuedOn());
            invoice.setDueOn(edited.getDueOn());
            invoice.setContractType(edited.getContractType());
        }
        invoice.underContract(contractId == null ? null : em.find(Contract.class, contractId));
        // a line's rate as this transaction reads it (the screen's copy is detached)
        List<Invoice.Line> attached = lines.stream().map(line -> line.rate() == null ? line : new Invoice.Line(line.description(),
                line.quantity(), line.net(), line.vat(), line.gross(), em.find(VatRate.class, line.rate().getId())))
                .toList();
        if (edited.isNew() || !declared(invoice.getId())) {
            invoice.replaceLines(attached);
        } else if (!invoice.hasLines(attached)) {
            throw RuleViolation.onField("lines", "invoice.linesDeclared");
        }
        // the procurement check where the money is entered: saving stays possible, the warning is kept on the record
        invoice.setThresholdWarning(thresholds.forInvoice(partner.getId(), invoice.getSupplier().getId(),
                invoice.getContractType(), invoice.getIssuedOn(), invoice.getNet(), contractId, invoice.getId())
                .orElse(null));
        Invoice saved = Records.save(em, invoice);
        // lines and payments are the invoice: a change to them is a new version of it, so others see the conflict
        em.lock(saved, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return find(saved.getId()).orElseThrow();
    }

    /** Records a payment on the invoice as it was shown (refused if someone changed it meanwhile). */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, ACCOUNTANT_ROLE })
    public Invoice pay(@RecordId(Invoice.class) long invoiceId, long version, LocalDate on, Money amount, String reference) {
        Invoice invoice = current(em.find(Invoice.class, invoiceId), version);
        PartnerScope.requireMoneyOf(em, context, invoice.getPartner());
        invoice.pay(on, amount, reference);
        em.lock(invoice, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return find(invoiceId).orElseThrow();
    }

    private boolean declared(long invoiceId) {
        return !em.createNamedQuery("ExpenditureItem.ofInvoice", ExpenditureItem.class)
                .setParameter("invoice", invoiceId).setMaxResults(1).getResultList().isEmpty();
    }

    private Invoice current(Invoice shown) {
        return current(em.find(Invoice.class, shown.getId()), shown.getVersion());
    }

    private static Invoice current(Invoice invoice, long shownVersion) {
        if (invoice == null) {
            throw new RuleViolation("error.recordDeleted");
        }
        if (invoice.getVersion() != shownVersion) {
            throw new ConcurrentChangeException(invoice.getUpdatedBy());
        }
        return invoice;
    }
}
