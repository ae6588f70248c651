package lv.ludza.openup.project;

import static lv.ludza.openup.security.Role.ACCOUNTANT_ROLE;
import static lv.ludza.openup.security.Role.ADMIN_ROLE;
import static lv.ludza.openup.security.Role.AUDITOR_ROLE;
import static lv.ludza.openup.security.Role.COORDINATOR_ROLE;
import static lv.ludza.openup.security.Role.STAFF_ROLE;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.Records;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.RecordId;

/** The planned budget: everybody reads it; the coordinator and the administrator plan it. */
@Stateless
@RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE, ACCOUNTANT_ROLE, AUDITOR_ROLE })
public class BudgetService {

    @PersistenceContext
    private EntityManager em;

    /** The project's budget table: two statements (the project with its partners, the sums), any size. */
    public Budget budgetOf(@NotNull Project project) {
        return new Budget(project.getPartners(), sums("BudgetLine.plannedByPartnerAndCategory", project),
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
        return new Budget(project.getPartners(), sums, project.getOfficeFlatRate());
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

    /**
     * Plans a partner's budget: the amounts by category (not office and administration, which is computed).
     * Lines edited elsewhere meanwhile are refused as a whole.
     *
     * @param shown the partner's lines as they were shown (carrying their versions); new categories are absent
     * @throws lv.ludza.openup.shared.ConcurrentChangeException when one of them was saved by someone else
     * @throws RuleViolation {@code budget.negative} for a negative amount
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE })
    public void plan(@RecordId(Partner.class) long partnerId, @NotNull Map<CostCategory, BudgetLine> shown,
            @NotNull Map<CostCategory, Money> amounts) {
        Partner partner = em.find(Partner.class, partnerId);
        if (partner == null) {
            throw new RuleViolation("error.recordDeleted");
        }
        amounts.forEach((category, amount) -> {
            if (category.isFlatRate() || amount == null) {
                return;
            }
            BudgetLine line = shown.get(category);
            if (line == null) {
                line = new BudgetLine(partner, category, amount);
            } else {
                line.plan(amount);
            }
            Records.save(em, line);
        });
    }
}
