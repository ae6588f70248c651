package lv.ludza.openup.project;

import static lv.ludza.openup.security.Role.ACCOUNTANT_ROLE;
import static lv.ludza.openup.security.Role.ADMIN_ROLE;
import static lv.ludza.openup.security.Role.AUDITOR_ROLE;
import static lv.ludza.openup.security.Role.COORDINATOR_ROLE;
import static lv.ludza.openup.security.Role.STAFF_ROLE;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import lv.ludza.openup.security.AccessRefused;
import lv.ludza.openup.shared.ConcurrentChangeException;
import lv.ludza.openup.shared.ListQuery;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.PageRequest;
import lv.ludza.openup.shared.Records;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.RecordId;

/**
 * The planned budget: everybody reads it (and its changes, and how it was on any date); the coordinator and the
 * administrator re-plan it by budget changes.
 */
@Stateless
@RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE, ACCOUNTANT_ROLE, AUDITOR_ROLE })
public class BudgetService {

    @PersistenceContext
    private EntityManager em;

    private ListQuery<BudgetChange> changeList;

    @PostConstruct
    void init() {
        changeList = new ListQuery<>(em, BudgetChange.class, Set.of("reason"), Set.of(), "effectiveOn")
                .alsoSortedBy("createdAt");
    }

    /** The project's budget table: two statements (the project with its partners, the sums), any size. */
    public Budget budgetOf(@NotNull Project project) {
        return new Budget(partnersOf(project), sums("BudgetLine.plannedByPartnerAndCategory", project),
                project.getOfficeFlatRate());
    }

    /**
     * What was declared so far, as a table like the planned budget (office and administration: the flat rate of
     * the staff costs declared). Two statements, read from the spending totals ({@code SpendingTotals}): the same
     * cost at 500,000 items as at 50.
     */
    public Budget spentOf(@NotNull Project project) {
        Map<Long, Map<CostCategory, Money>> sums = new HashMap<>();
        for (Object[] row : rows("SELECT t.partner_id, t.category, SUM(t.amount) FROM spending_by_month t"
                + " JOIN partner p ON p.id = t.partner_id WHERE p.project_id = ?1 GROUP BY t.partner_id, t.category",
                project)) {
            sums.computeIfAbsent(((Number) row[0]).longValue(), id -> new EnumMap<>(CostCategory.class))
                    .put(CostCategory.valueOf((String) row[1]), Money.eur((BigDecimal) row[2]));
        }
        return new Budget(partnersOf(project), sums, project.getOfficeFlatRate());
    }

    /**
     * The project's partners: the caller's copy's when it holds them, else read here (a detached project whose
     * partners were never read would fail with a LazyInitializationException).
     */
    private List<Partner> partnersOf(Project project) {
        if (em.getEntityManagerFactory().getPersistenceUnitUtil().isLoaded(project, "partners")) {
            return project.getPartners();
        }
        return em.createNamedQuery("Project.withPartners", Project.class).setParameter("id", project.getId())
                .getSingleResult().getPartners();
    }

    /** Declared expenditure by month of payment, with the running total: one statement, from the totals. */
    public List<MonthlySpending> spendingByMonth(@NotNull Project project) {
        List<MonthlySpending> months = new ArrayList<>();
        Money total = Money.ZERO;
        for (Object[] row : rows("SELECT t.paid_month, SUM(t.amount) FROM spending_by_month t"
                + " JOIN partner p ON p.id = t.partner_id WHERE p.project_id = ?1 GROUP BY t.paid_month"
                + " ORDER BY t.paid_month", project)) {
            int month = ((Number) row[0]).intValue();
            Money spent = Money.eur((BigDecimal) row[1]);
            total = total.plus(spent);
            months.add(new MonthlySpending(YearMonth.of(month / 100, month % 100), spent, total));
        }
        return months;
    }

    /** Money spent in one month and everything spent up to its end. */
    public record MonthlySpending(YearMonth month, Money spent, Money cumulative) implements Serializable {
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Project project) {
        return em.createNativeQuery(sql).setParameter(1, project.getId()).getResultList();
    }

    private Map<Long, Map<CostCategory, Money>> sums(String query, Project project) {
        Map<Long, Map<CostCategory, Money>> sums = new HashMap<>();
        for (Object[] row : em.createNamedQuery(query, Object[].class).setParameter("project", project.getId())
                .getResultList()) {
            sums.computeIfAbsent((Long) row[0], id -> new EnumMap<>(CostCategory.class))
                    .put((CostCategory) row[1], Money.eur((BigDecimal) row[2]));
        }
        return sums;
    }

    /** The lines of one partner, by category (missing categories have no line yet). */
    public Map<CostCategory, BudgetLine> linesOf(@RecordId(Partner.class) long partnerId) {
        Map<CostCategory, BudgetLine> lines = new EnumMap<>(CostCategory.class);
        em.createQuery("SELECT b FROM BudgetLine b WHERE b.partner.id = :partner", BudgetLine.class)
                .setParameter("partner", partnerId)
                .getResultList()
                .forEach(line -> lines.put(line.getCategory(), line));
        return lines;
    }

    /** One line of a budget change: the line as shown (null where the partner has none yet) and its new amount. */
    public record LineChange(long partnerId, CostCategory category, BudgetLine shown, Money amount)
            implements Serializable {
    }

    /**
     * Re-plans the budget: several lines at once (of one partner or more), with a reason and the date it takes
     * effect; the change keeps each line's previous and new amount, who and when. Each partner's total (office and
     * administration included) stays what it was, or becomes its approved budget, unless the change is a
     * programme-approved modification, which makes the new totals the partners' approved budgets. Lines changed
     * meanwhile by someone else are refused as a whole; unchanged lines are not recorded.
     *
     * @throws lv.ludza.openup.shared.ConcurrentChangeException when one of the lines was saved by someone else
     * @throws RuleViolation at its field: {@code budget.change.reason.required}, {@code budget.change.reason.size},
     *                       {@code budget.change.effectiveOn.required}, {@code budget.change.beforeLast},
     *                       {@code budget.negative}, {@code budget.change.unbalanced} (at {@code programmeApproved});
     *                       {@code budget.change.nothing} when no amount changes
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE })
    public BudgetChange change(@NotNull Project project, LocalDate effectiveOn, String reason,
            boolean programmeApproved, @NotNull List<LineChange> lines) {
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.onField("reason", "budget.change.reason.required");
        }
        if (reason.strip().length() > BudgetChange.REASON_LENGTH) {
            throw RuleViolation.onField("reason", "budget.change.reason.size", BudgetChange.REASON_LENGTH);
        }
        if (effectiveOn == null) {
            throw RuleViolation.onField("effectiveOn", "budget.change.effectiveOn.required");
        }
        Project current = em.find(Project.class, project.getId());
        if (current == null) {
            throw new RuleViolation("error.recordDeleted");
        }
        Map<Long, Partner> partners = new HashMap<>();
        current.getPartners().forEach(partner -> partners.put(partner.getId(), partner));
        Budget before = budgetOf(current);
        Map<Long, Map<CostCategory, Money>> after = new HashMap<>();
        for (Partner partner : current.getPartners()) {
            Map<CostCategory, Money> row = new EnumMap<>(CostCategory.class);
            for (CostCategory category : CostCategory.values()) {
                row.put(category, before.amount(partner.getId(), category));
            }
            after.put(partner.getId(), row);
        }

        BudgetChange change = new BudgetChange(current, effectiveOn, reason, programmeApproved);
        List<BudgetLine> changedLines = new ArrayList<>();
        List<Long> lineIds = new ArrayList<>();
        for (LineChange line : lines) {
            if (line.amount() == null || line.category().isFlatRate()) {
                continue;
            }
            Partner partner = partners.get(line.partnerId());
            if (partner == null) {
                throw AccessRefused.otherProject();
            }
            if (line.amount().isNegative()) {
                throw RuleViolation.onField(line.category().name(), "budget.negative");
            }
            BudgetLine budgetLine = currentLine(partner, line);
            Money previous = budgetLine == null ? Money.ZERO : budgetLine.getPlanned();
            if (previous.equals(line.amount())) {
                continue;
            }
            if (budgetLine == null) {
                budgetLine = new BudgetLine(partner, line.category(), Money.ZERO);
                em.persist(budgetLine);
            } else {
                lineIds.add(budgetLine.getId());
            }
            changedLines.add(budgetLine);
            change.record(budgetLine, line.amount());
            after.get(partner.getId()).put(line.category(), line.amount());
        }
        if (change.getLines().isEmpty()) {
            throw new RuleViolation("budget.change.nothing");
        }
        if (!lineIds.isEmpty()) {
            LocalDate last = em.createNamedQuery("BudgetChange.lastEffectiveOnOfLines", LocalDate.class)
                    .setParameter("lines", lineIds).getSingleResult();
            if (last != null && effectiveOn.isBefore(last)) {
                throw RuleViolation.onField("effectiveOn", "budget.change.beforeLast", last);
            }
        }
        Budget planned = new Budget(current.getPartners(), after, current.getOfficeFlatRate());
        for (Partner partner : current.getPartners()) {
            Money was = before.partnerTotal(partner.getId());
            Money will = planned.partnerTotal(partner.getId());
            if (will.equals(was)) {
                continue;
            }
            if (programmeApproved) {
                partner.approveBudget(will);
            } else if (!will.equals(partner.getBudget())) {
                throw RuleViolation.onField("programmeApproved", "budget.change.unbalanced", partner.getShortName(),
                        will.minus(was), partner.getBudget());
            }
        }
        em.persist(change);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(changedLines.get(0).getUpdatedBy());
        }
        return change;
    }

    /** The line of the partner's category as it is now, provided it is still as shown. */
    private BudgetLine currentLine(Partner partner, LineChange line) {
        if (line.shown() != null && line.shown().getId() != null) {
            BudgetLine current = Records.current(em, BudgetLine.class, line.shown().getId(),
                    line.shown().getVersion());
            if (!current.getPartner().getId().equals(partner.getId()) || current.getCategory() != line.category()) {
                throw AccessRefused.otherProject();
            }
            return current;
        }
        List<BudgetLine> created = em.createQuery(
                "SELECT b FROM BudgetLine b WHERE b.partner.id = :partner AND b.category = :category",
                BudgetLine.class).setParameter("partner", partner.getId()).setParameter("category", line.category())
                .getResultList();
        if (!created.isEmpty()) {
            // planned by someone else since the screen showed no line
            throw new ConcurrentChangeException(created.get(0).getUpdatedBy());
        }
        return null;
    }

    /**
     * The planned budget as it was on a date: each line's new amount of its latest change effective on or before
     * the date, else the amount before its first change, else its planned amount. One statement, in the database.
     */
    public Budget budgetOn(@NotNull Project project, @NotNull LocalDate on) {
        Map<Long, Map<CostCategory, Money>> sums = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT b.partner_id, b.category, COALESCE("
                + "(SELECT l.new_amount FROM budget_change_line l JOIN budget_change c ON c.id = l.change_id"
                + " WHERE l.budget_line_id = b.id AND c.effective_on <= ?2"
                + " ORDER BY c.effective_on DESC, c.id DESC FETCH FIRST 1 ROWS ONLY),"
                + " (SELECT l.previous_amount FROM budget_change_line l JOIN budget_change c ON c.id = l.change_id"
                + " WHERE l.budget_line_id = b.id ORDER BY c.effective_on, c.id FETCH FIRST 1 ROWS ONLY),"
                + " b.planned) FROM budget_line b JOIN partner p ON p.id = b.partner_id WHERE p.project_id = ?1")
                .setParameter(1, project.getId()).setParameter(2, on).getResultList();
        for (Object[] row : rows) {
            sums.computeIfAbsent(((Number) row[0]).longValue(), id -> new EnumMap<>(CostCategory.class))
                    .put(CostCategory.valueOf((String) row[1]), Money.eur((BigDecimal) row[2]));
        }
        return new Budget(partnersOf(project), sums, project.getOfficeFlatRate());
    }

    /** How many budget changes the filters select (the project's: {@link PageRequest#PROJECT}). */
    public long countChanges(Map<String, String> filters) {
        return changeList.count(filters);
    }

    /** A page of budget changes, newest effective date first unless sorted otherwise. */
    public List<BudgetChange> changes(@NotNull PageRequest request) {
        PageRequest sorted = request.sortField() == null
                ? new PageRequest(request.first(), request.size(), "effectiveOn", false, request.filters())
                : request;
        return changeList.page(sorted);
    }

    /** The changed lines of these changes, with their budget lines and partners, by change: one statement. */
    public Map<Long, List<BudgetChangeLine>> linesOfChanges(
            @RecordId(BudgetChange.class) Collection<Long> changeIds) {
        Map<Long, List<BudgetChangeLine>> byChange = new HashMap<>();
        if (changeIds.isEmpty()) {
            return byChange;
        }
        em.createNamedQuery("BudgetChangeLine.ofChanges", BudgetChangeLine.class).setParameter("changes", changeIds)
                .getResultList()
                .forEach(line -> byChange.computeIfAbsent(line.getChange().getId(), id -> new ArrayList<>()).add(line));
        return byChange;
    }
}
