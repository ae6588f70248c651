package lv.ludza.openup.procurement;

import static lv.ludza.openup.security.Role.ACCOUNTANT_ROLE;
import static lv.ludza.openup.security.Role.ADMIN_ROLE;
import static lv.ludza.openup.security.Role.AUDITOR_ROLE;
import static lv.ludza.openup.security.Role.COORDINATOR_ROLE;
import static lv.ludza.openup.security.Role.STAFF_ROLE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.NotNull;

import lv.ludza.openup.project.BudgetLine;
import lv.ludza.openup.project.CostCategory;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.Project;
import lv.ludza.openup.project.ReportingPeriod;
import lv.ludza.openup.security.PartnerScope;
import lv.ludza.openup.shared.ListQuery;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.PageRequest;
import lv.ludza.openup.shared.Records;
import lv.ludza.openup.shared.RuleViolation;

/**
 * Declaring paid costs on budget lines, with the programme's eligibility rules checked on the way in. Everybody
 * reads; the people who keep a partner's money declare, change and withdraw while the partner's report for the
 * period is still a draft.
 */
@Stateless
@RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE, ACCOUNTANT_ROLE, AUDITOR_ROLE })
public class ExpenditureService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** Items an export holds in the persistence context at most. */
    private static final int EXPORT_BATCH = 500;

    private ListQuery<ExpenditureItem> list;

    @PostConstruct
    void init() {
        list = new ListQuery<>(em, ExpenditureItem.class, Set.of("description"), Set.of("category", "verdict"),
                "paidOn", Set.of("partner", "partner.project", "period"), Set.of("partner", "period", "invoiceLine.invoice.supplier"))
                .alsoSortedBy("paidOn", "documentDate", "amount.amount");
    }

    public long count(Map<String, String> filters) {
        return list.count(filters);
    }

    /** A page of items with their partner, period, invoice and supplier: one statement whatever the page size. */
    public List<ExpenditureItem> page(PageRequest request) {
        return list.page(request);
    }

    /**
     * Hands every item the filters select to {@code sink}, in order of payment, reading them from a database
     * cursor and forgetting each batch once handed on: memory stays flat for lists of any length.
     *
     * @return how many items there were
     */
    public long export(@NotNull Map<String, String> filters, @NotNull Consumer<ExpenditureItem> sink) {
        long count = 0;
        try (Stream<ExpenditureItem> items = list.stream(filters, "paidOn", true)) {
            Iterator<ExpenditureItem> each = items.iterator();
            while (each.hasNext()) {
                sink.accept(each.next());
                if (++count % EXPORT_BATCH == 0) {
                    em.clear();
                }
            }
        }
        return count;
    }

    /** The declarations of an invoice's lines. */
    public List<ExpenditureItem> ofInvoice(long invoiceId) {
        return em.createNamedQuery("ExpenditureItem.ofInvoice", ExpenditureItem.class)
                .setParameter("invoice", invoiceId).getResultList();
    }

    public Optional<ExpenditureItem> find(long id) {
        return em.createQuery("SELECT e FROM ExpenditureItem e JOIN FETCH e.partner JOIN FETCH e.period"
                + " JOIN FETCH e.budgetLine LEFT JOIN FETCH e.invoiceLine l LEFT JOIN FETCH l.invoice i"
                + " LEFT JOIN FETCH i.supplier WHERE e.id = :id", ExpenditureItem.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /**
     * Declares an invoice line on the partner's budget line of a category.
     *
     * @throws RuleViolation for each eligibility rule ({@link Eligibility}), {@code expenditure.declaredTwice},
     *         {@code expenditure.noBudgetLine}, {@code expenditure.noPeriod}, {@code report.locked}
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, ACCOUNTANT_ROLE })
    public ExpenditureItem declare(long invoiceLineId, @NotNull CostCategory category, @NotNull Money amount) {
        InvoiceLine line = em.find(InvoiceLine.class, invoiceLineId);
        if (line == null) {
            throw new RuleViolation("error.recordDeleted");
        }
        Invoice invoice = line.getInvoice();
        Partner partner = invoice.getPartner();
        PartnerScope.requireMoneyOf(em, context, partner);
        em.createNamedQuery("ExpenditureItem.ofInvoiceLine", ExpenditureItem.class)
                .setParameter("line", invoiceLineId).getResultStream().findFirst()
                .ifPresent(declared -> {
                    throw new RuleViolation("expenditure.declaredTwice", invoice.getNumber(), line.getLineNo(),
                            declared.getPeriod().getNumber());
                });
        BudgetLine budgetLine = budgetLine(partner, category);
        LocalDate paidOn = invoice.getPaidInFullOn();
        new Eligibility(partner.getProject().getPeriod(), invoice.getIssuedOn(), paidOn, invoice.getOutstanding(),
                line.getNet(), line.getGross(), partner.isVatRecoverable(), amount, budgetLine.getPlanned(),
                declaredOn(budgetLine, null), partner.getProject().getBudgetFlexibility()).check();
        ReportingPeriod period = periodOf(partner.getProject(), paidOn);
        requireOpenReport(partner, period);
        ExpenditureItem item = new ExpenditureItem(budgetLine, line,
                invoice.getSupplier().getName() + ", " + invoice.getNumber() + ": " + line.getDescription(),
                invoice.getIssuedOn(), paidOn, period, amount);
        try {
            em.persist(item);
            em.flush();
        } catch (PersistenceException sameMomentDeclaration) {
            throw new RuleViolation("expenditure.declaredTwice", invoice.getNumber(), line.getLineNo(),
                    period.getNumber());
        }
        return item;
    }

    /**
     * Declares a cost that is not an invoice line (staff costs, a settlement): its own document, date paid and
     * amount, all paid in full.
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, ACCOUNTANT_ROLE })
    public ExpenditureItem declareOther(long partnerId, @NotNull CostCategory category, @NotNull String description,
            @NotNull LocalDate documentDate, @NotNull LocalDate paidOn, @NotNull Money amount) {
        Partner partner = em.find(Partner.class, partnerId);
        PartnerScope.requireMoneyOf(em, context, partner);
        if (description.isBlank()) {
            throw RuleViolation.onField("description", "expenditure.description.required");
        }
        if (paidOn.isBefore(documentDate)) {
            throw RuleViolation.onField("paidOn", "payment.beforeInvoice");
        }
        BudgetLine budgetLine = budgetLine(partner, category);
        new Eligibility(partner.getProject().getPeriod(), documentDate, paidOn, Money.ZERO, amount, amount, false,
                amount, budgetLine.getPlanned(), declaredOn(budgetLine, null),
                partner.getProject().getBudgetFlexibility()).check();
        ReportingPeriod period = periodOf(partner.getProject(), paidOn);
        requireOpenReport(partner, period);
        ExpenditureItem item = new ExpenditureItem(budgetLine, null, description.trim(), documentDate, paidOn, period,
                amount);
        em.persist(item);
        em.flush();
        return item;
    }

    /** Moves an item to another category or changes its amount, as it was shown; a verdict no longer holds. */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, ACCOUNTANT_ROLE })
    public ExpenditureItem change(long itemId, long version, @NotNull CostCategory category, @NotNull Money amount) {
        ExpenditureItem item = current(itemId, version);
        Partner partner = item.getPartner();
        PartnerScope.requireMoneyOf(em, context, partner);
        requireOpenReport(partner, item.getPeriod());
        BudgetLine budgetLine = budgetLine(partner, category);
        InvoiceLine line = item.getInvoiceLine();
        Money net = line == null ? amount : line.getNet();
        Money gross = line == null ? amount : line.getGross();
        new Eligibility(partner.getProject().getPeriod(), item.getDocumentDate(), item.getPaidOn(), Money.ZERO,
                net, gross, line != null && partner.isVatRecoverable(), amount, budgetLine.getPlanned(),
                declaredOn(budgetLine, item), partner.getProject().getBudgetFlexibility()).check();
        item.redeclare(budgetLine, amount);
        em.flush();
        return item;
    }

    /**
     * Takes an item back out of the (draft) report, as it was shown.
     *
     * @throws RuleViolation {@code expenditure.stillLinked} while another record (an event's costs) refers to it
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, ACCOUNTANT_ROLE })
    public void withdraw(long itemId, long version) {
        ExpenditureItem item = current(itemId, version);
        PartnerScope.requireMoneyOf(em, context, item.getPartner());
        requireOpenReport(item.getPartner(), item.getPeriod());
        em.remove(item);
        try {
            em.flush();
        } catch (PersistenceException stillReferred) {
            // another record refers to it (e.g. an event's cost); the link goes first, by whoever keeps it
            throw new RuleViolation("expenditure.stillLinked", item.getDescription());
        }
    }

    private ExpenditureItem current(long itemId, long version) {
        return Records.current(em, ExpenditureItem.class, itemId, version);
    }

    private BudgetLine budgetLine(Partner partner, CostCategory category) {
        if (category.isFlatRate()) {
            throw RuleViolation.onField("category", "expenditure.flatRate");
        }
        return em.createQuery("SELECT b FROM BudgetLine b WHERE b.partner = :partner AND b.category = :category",
                BudgetLine.class)
                .setParameter("partner", partner).setParameter("category", category)
                .getResultStream().findFirst()
                .orElseThrow(() -> RuleViolation.onField("category", "expenditure.noBudgetLine", category,
                        partner.getShortName()));
    }

    private Money declaredOn(BudgetLine line, ExpenditureItem except) {
        BigDecimal sum = em.createNamedQuery("ExpenditureItem.declaredOnLine", BigDecimal.class)
                .setParameter("line", line.getId())
                .setParameter("except", except == null ? -1L : except.getId())
                .getSingleResult();
        return sum == null ? Money.ZERO : Money.eur(sum);
    }

    private ReportingPeriod periodOf(Project project, LocalDate paidOn) {
        return em.createNamedQuery("ReportingPeriod.containing", ReportingPeriod.class)
                .setParameter("project", project.getId()).setParameter("day", paidOn)
                .getResultStream().findFirst()
                .orElseThrow(() -> new RuleViolation("expenditure.noPeriod", paidOn));
    }

    private void requireOpenReport(Partner partner, ReportingPeriod period) {
        em.createNamedQuery("PartnerReport.of", PartnerReport.class)
                .setParameter("partner", partner.getId()).setParameter("period", period.getId())
                .getResultStream().findFirst()
                .ifPresent(PartnerReport::requireOpen);
    }
}
