package lv.ludza.openup.project;

import static lv.ludza.openup.security.Role.ACCOUNTANT_ROLE;
import static lv.ludza.openup.security.Role.ADMIN_ROLE;
import static lv.ludza.openup.security.Role.AUDITOR_ROLE;
import static lv.ludza.openup.security.Role.COORDINATOR_ROLE;
import static lv.ludza.openup.security.Role.STAFF_ROLE;

import java.math.BigDecimal;
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

/** The planned budget: everybody reads it; the coordinator and the administrator plan it. */
@Stateless
@RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE, ACCOUNTANT_ROLE, AUDITOR_ROLE })
public class BudgetService {

    @PersistenceContext
    private EntityManager em;

    /** The project's budget table: two statements (the project with its partners, the sums), any size. */
    public Budget budgetOf(@NotNull Project project) {
        List<Object[]> rows = em.createNamedQuery("BudgetLine.plannedByPartnerAndCategory", Object[].class)
                .setParameter("project", project.getId())
                .getResultList();
        Map<Long, Map<CostCategory, Money>> planned = new HashMap<>();
        for (Object[] row : rows) {
            planned.computeIfAbsent((Long) row[0], id -> new EnumMap<>(CostCategory.class))
                    .put((CostCategory) row[1], Money.eur((BigDecimal) row[2]));
        }
        return new Budget(project.getPartners(), planned, project.getOfficeFlatRate());
    }

    /** The lines of one partner, by category (missing categories have no line yet). */
    public Map<CostCategory, BudgetLine> linesOf(long partnerId) {
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
    public void plan(long partnerId, @NotNull Map<CostCategory, BudgetLine> shown,
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
