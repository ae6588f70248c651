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
import lv.ludza.openup.shared.RecordId;

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
                "paidOn", Set.of("partner", "period"), Set.of("partner", "period", "invoiceLine.invoice.supplier"))
                .alsoSortedBy("paidOn", "documentDate", "amount.amount");
    }

    /**
     * How many items the filters select. A project's list filtered only by partner, period and category (as it
     * opens, and a report's items) is counted from the spending totals: the same cost at 200,000 items as at 20.
     */
    public long count(Map<String, String> filters) {
        Map<String, String> given = new java.util.HashMap<>();
        filters.forEach((field, value) -> {
            if (value != null && !value.isBlank()) {
                given.put(field, value.trim());
            }
        });
        if (!given.containsKey(PageRequest.PROJECT) || !COUNTED_FROM_TOTALS.containsAll(given.keySet())) {
            return list.count(filters);
        }
        long project = Long.parseLong(given.get(PageRequest.PROJECT));
        lv.ludza.openup.security.CallerScope.current().requireProject(project);
        StringBuilder sql = new StringBuilder("SELECT COALESCE(SUM(t.items), 0) FROM spending_by_period t"
                + " JOIN partner p ON p.id = t.partner_id WHERE p.project_id = :project");
        Map<String, Object> parameters = new java.util.HashMap<>(Map.of("project", project));
        if (given.containsKey("partner")) {
            sql.append(" AND t.partner_id = :partner");
            parameters.put("partner", Long.parseLong(given.get("partner")));
        }
        if (given.containsKey("period")) {
            sql.append(" AND t.period_id = :period");
            parameters.put("period", Long.parseLong(given.get("period")));
        }
        if (given.containsKey("category")) {
            if (java.util.Arrays.stream(CostCategory.values()).noneMatch(c -> c.name().equals(given.get("category")))) {
                return 0; // no item has a category that does not exist
            }
            sql.append(" AND t.category = :category");
            parameters.put("category", given.get("category"));
        }
        jakarta.persistence.Query count = em.createNativeQuery(sql.toString());
        parameters.forEach(count::setParameter);
        return ((Number) count.getSingleResult()).longValue();
    }

    /** The filters a count can take from the spending totals (per partner, period and category). */
    private static final Set<String> COUNTED_FROM_TOTALS = Set.of(PageRequest.PROJECT, "partner", "period", "category");

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

    /**
     * The partner reports of a project that no longer take changes (submitted, in control, certified), as
     * {@code partnerId:periodId}: one statement, for a list to offer change and withdraw only where the service allows.
     */
    public java.util.Set<String> lockedReports(@RecordId(Project.class) long projectId) {
        return new java.util.HashSet<>(em.createQuery("SELECT CONCAT(CONCAT(CAST(r.partner.id AS String), ':'),"
                + " CAST(r.period.id AS String)) FROM PartnerReport r WHERE r.partner.project.id = :project"
                + " AND r.status <> lv.ludza.openup.procurement.ReportStatus.DRAFT", String.class)
                .setParameter("project", projectId).getResultList());
    }

    /** The declarations of an invoice's lines. */
    public List<ExpenditureItem> ofInvoice(@RecordId(Invoice.class) long invoiceId) {
        return em.createNamedQuery("ExpenditureItem.ofInvoice", ExpenditureItem.class)
                .setParameter("invoice", invoiceId).getResultList();
    }

    public Optional<ExpenditureItem> find(@RecordId(ExpenditureItem.class) long id) {
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
    public ExpenditureItem declare(@RecordId(InvoiceLine.class) long invoiceLineId, @NotNull CostCategory category,
            @NotNull Money amount) {
        // the line stays locked until commit: two declarations of it at the same moment wait for each other, so the
        // query below answers for both (a failed insert is never taken for "declared already")
        InvoiceLine line = em.find(InvoiceLine.class, invoiceLineId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
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
                ExpenditureItem.describe(invoice.getSupplier().getName(), invoice.getNumber(), line.getDescription()),
                invoice.getIssuedOn(), paidOn, period, amount);
        em.persist(item);
        em.flush();
        return item;
    }

    /**
     * Declares a cost that is not an invoice line (staff costs, a settlement): its own document, date paid and
     * amount, all paid in full.
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, ACCOUNTANT_ROLE })
    public ExpenditureItem declareOther(@RecordId(Partner.class) long partnerId, @NotNull CostCategory category, @NotNull String description,
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
    public ExpenditureItem change(@RecordId(ExpenditureItem.class) long itemId, long version, @NotNull CostCategory category, @NotNull Money amount) {
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
    public void withdraw(@RecordId(ExpenditureItem.class) long itemId, long version) {
        ExpenditureItem item = current(itemId, version);
        PartnerScope.requireMoneyOf(em, context, item.getPartner());
        requireOpenReport(item.getPartner(), item.getPeriod());
        // another record that refers to it (an event's cost) is asked for, not inferred from a failed delete
        long links = em.createQuery("SELECT COUNT(c) FROM EventCost c WHERE c.item.id = :item", Long.class)
                .setParameter("item", itemId).getSingleResult();
        if (links > 0) {
            throw new RuleViolation("expenditure.stillLinked", item.getDescription());
        }
        em.remove(item);
        em.flush();
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
