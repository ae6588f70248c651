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
import lv.ludza.openup.shared.Texts;
import lv.ludza.openup.shared.UserLocale;

/**
 * The planned budget of the project: cost categories × partners with totals; the coordinator plans a
 * partner's column in a dialog.
 */
@Named
@ViewScoped
public class BudgetView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentProject currentProject;


    @Inject
    private BudgetService budgets;

    @Inject
    private UserLocale userLocale;

    private Project project;
    private Budget budget;
    private Budget spent;
    private List<BudgetService.MonthlySpending> months;

    private Partner editing;
    private Map<CostCategory, BudgetLine> shownLines;
    private final Map<CostCategory, BigDecimal> amounts = new EnumMap<>(CostCategory.class);

    @PostConstruct
    void init() {
        project = currentProject.load().orElse(null);
        budget = project == null ? null : budgets.budgetOf(project);
        spent = project == null ? null : budgets.spentOf(project);
        months = project == null ? List.of() : budgets.spendingByMonth(project);
    }

    /** How much of the planned amount is spent, in per cent (0 where nothing is planned). */
    public BigDecimal usedPercent(Partner partner, CostCategory category) {
        return spent.amount(partner.getId(), category).percentOf(budget.amount(partner.getId(), category));
    }

    public BigDecimal usedPercentOfCategory(CostCategory category) {
        return spent.categoryTotal(category).percentOf(budget.categoryTotal(category));
    }

    public BigDecimal usedPercentOfPartner(Partner partner) {
        return spent.partnerTotal(partner.getId()).percentOf(budget.partnerTotal(partner.getId()));
    }

    public BigDecimal usedPercentOfProject() {
        return spent.total().percentOf(budget.total());
    }

    /** Whether a cell is over its plan (by any amount: the flexibility is a limit, not a plan). */
    public boolean over(Partner partner, CostCategory category) {
        return spent.amount(partner.getId(), category).isGreaterThan(budget.amount(partner.getId(), category));
    }

    /**
     * The spending chart (Chart.js configuration for p:chart): money declared per month as bars, the running
     * total as a line, against the planned total.
     */
    public String getSpendingChart() {
        StringBuilder labels = new StringBuilder();
        StringBuilder monthly = new StringBuilder();
        StringBuilder cumulative = new StringBuilder();
        StringBuilder planned = new StringBuilder();
        java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofPattern("LLL yyyy",
                userLocale.getLocale());
        for (BudgetService.MonthlySpending month : everyMonth()) {
            String separator = labels.length() == 0 ? "" : ",";
            labels.append(separator).append(json(format.format(month.month())));
            monthly.append(separator).append(month.spent().amount().toPlainString());
            cumulative.append(separator).append(month.cumulative().amount().toPlainString());
            planned.append(separator).append(budget.total().amount().toPlainString());
        }
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":["
                + "{\"type\":\"line\",\"label\":" + json(Texts.get("budget.chart.cumulative"))
                + ",\"data\":[" + cumulative + "],\"borderColor\":\"#2563eb\",\"backgroundColor\":\"#2563eb\","
                + "\"tension\":0.2,\"yAxisID\":\"y\"},"
                + "{\"type\":\"line\",\"label\":" + json(Texts.get("budget.chart.planned"))
                + ",\"data\":[" + planned + "],\"borderColor\":\"#94a3b8\",\"borderDash\":[6,4],"
                + "\"pointRadius\":0,\"yAxisID\":\"y\"},"
                + "{\"label\":" + json(Texts.get("budget.chart.monthly")) + ",\"data\":[" + monthly + "],"
                + "\"backgroundColor\":\"#93c5fd\",\"yAxisID\":\"y\"}]},"
                + "\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,"
                + "\"plugins\":{\"legend\":{\"position\":\"bottom\"}},"
                + "\"scales\":{\"y\":{\"beginAtZero\":true}}}}";
    }

    /** The months from the first payment to the last, those without spending included (as zero). */
    /** The chart's figures, month by month: its text alternative (a table under the chart). */
    public List<BudgetService.MonthlySpending> getSpendingMonths() {
        return everyMonth();
    }

    private List<BudgetService.MonthlySpending> everyMonth() {
        List<BudgetService.MonthlySpending> all = new java.util.ArrayList<>();
        if (months.isEmpty()) {
            return all;
        }
        int next = 0;
        Money total = Money.ZERO;
        for (java.time.YearMonth month = months.get(0).month(); !month.isAfter(months.get(months.size() - 1).month());
                month = month.plusMonths(1)) {
            if (months.get(next).month().equals(month)) {
                all.add(months.get(next));
                total = months.get(next++).cumulative();
            } else {
                all.add(new BudgetService.MonthlySpending(month, Money.ZERO, total));
            }
        }
        return all;
    }

    public boolean isAnythingSpent() {
        return !months.isEmpty();
    }

    private static String json(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    public Budget getSpent() {
        return spent;
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
