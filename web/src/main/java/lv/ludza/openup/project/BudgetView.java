package lv.ludza.openup.project;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.shared.Feedback;
import lv.ludza.openup.shared.Money;

/**
 * The planned budget of the project: cost categories × partners with totals; the coordinator plans a
 * partner's column in a dialog.
 */
@Named
@ViewScoped
public class BudgetView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectService projects;

    @Inject
    private BudgetService budgets;

    private Project project;
    private Budget budget;

    private Partner editing;
    private Map<CostCategory, BudgetLine> shownLines;
    private final Map<CostCategory, BigDecimal> amounts = new EnumMap<>(CostCategory.class);

    @PostConstruct
    void init() {
        project = projects.findDefault().orElse(null);
        budget = project == null ? null : budgets.budgetOf(project);
    }

    public void edit(Partner partner) {
        editing = partner;
        shownLines = budgets.linesOf(partner.getId());
        amounts.clear();
        for (CostCategory category : getPlannedCategories()) {
            BudgetLine line = shownLines.get(category);
            amounts.put(category, line == null ? BigDecimal.ZERO.setScale(2) : line.getPlanned().amount());
        }
    }

    public void save() {
        Map<CostCategory, Money> planned = new EnumMap<>(CostCategory.class);
        boolean valid = true;
        for (CostCategory category : getPlannedCategories()) {
            BigDecimal amount = amounts.get(category);
            if (amount == null) {
                amount = BigDecimal.ZERO;
            }
            if (amount.stripTrailingZeros().scale() > Money.SCALE) {
                Feedback.fieldError(category.name(), "money.tooManyDecimals");
                valid = false;
            } else if (amount.signum() < 0) {
                Feedback.fieldError(category.name(), "budget.negative");
                valid = false;
            } else {
                planned.put(category, Money.eur(amount));
            }
        }
        if (!valid) {
            return;
        }
        if (Feedback.attempt(() -> budgets.plan(editing.getId(), shownLines, planned))) {
            Feedback.info("budget.saved", editing.getShortName());
            init();
            org.primefaces.PrimeFaces.current().executeScript("PF('budgetDialog').hide()");
        }
    }

    /** The categories people plan; office and administration follows from staff costs. */
    public List<CostCategory> getPlannedCategories() {
        return List.of(CostCategory.values()).stream().filter(c -> !c.isFlatRate()).toList();
    }

    public CostCategory[] getCategories() {
        return CostCategory.values();
    }

    /** What the lines add up to minus the partner's approved budget: zero when they agree. */
    public Money difference(Partner partner) {
        return budget.partnerTotal(partner.getId()).minus(partner.getBudget());
    }

    public Money approvedTotal() {
        return project.getTotalCost();
    }

    public Project getProject() {
        return project;
    }

    public Budget getBudget() {
        return budget;
    }

    public Partner getEditing() {
        return editing;
    }

    public Map<CostCategory, BigDecimal> getAmounts() {
        return amounts;
    }
}
