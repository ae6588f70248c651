package lv.ludza.openup.project;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.procurement.Eligibility;
import lv.ludza.openup.shared.Feedback;
import lv.ludza.openup.shared.Formats;
import lv.ludza.openup.shared.PageRequest;
import lv.ludza.openup.shared.ServiceLazyModel;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.ProjectTime;
import lv.ludza.openup.shared.Texts;
import lv.ludza.openup.shared.UserLocale;

/**
 * The planned budget of the project: cost categories × partners with totals, as it is or as it was on a date;
 * what is spent and left of it; its changes. The coordinator re-plans a partner's column in a dialog: a budget
 * change with a reason and a date.
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

    private ServiceLazyModel<BudgetChange> changes;
    private Map<Long, List<BudgetChangeLine>> changeLines;
    private LocalDate asOf;
    private Budget asOfBudget;

    private Partner editing;
    private String reason;
    private LocalDate effectiveOn;
    private boolean programmeApproved;
    private Map<CostCategory, BudgetLine> shownLines;
    private final Map<CostCategory, BigDecimal> amounts = new EnumMap<>(CostCategory.class);

    @PostConstruct
    void init() {
        project = currentProject.load().orElse(null);
        budget = project == null ? null : budgets.budgetOf(project);
        spent = project == null ? null : budgets.spentOf(project);
        months = project == null ? List.of() : budgets.spendingByMonth(project);
        changeLines = null;
        if (project != null) {
            BudgetService service = budgets;
            changes = new ServiceLazyModel<>(service::countChanges, service::changes).within(PageRequest.PROJECT,
                    project.getId());
            if (asOf != null) {
                showAsOf();
            }
        }
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

    /** Opens the budget change dialog for a partner's lines, dated today, as they are now. */
    public void edit(Partner partner) {
        editing = partner;
        shownLines = budgets.linesOf(partner.getId());
        amounts.clear();
        for (CostCategory category : getPlannedCategories()) {
            BudgetLine line = shownLines.get(category);
            amounts.put(category, line == null ? BigDecimal.ZERO.setScale(2) : line.getPlanned().amount());
        }
        reason = null;
        effectiveOn = LocalDate.now(ProjectTime.ZONE);
        programmeApproved = false;
    }

    /** Saves the dialog as a budget change: the lines whose amounts differ, with the reason and the date. */
    public void save() {
        List<BudgetService.LineChange> lines = new ArrayList<>();
        boolean valid = true;
        int row = 0;
        for (CostCategory category : getPlannedCategories()) {
            BigDecimal amount = amounts.get(category);
            if (amount == null) {
                amount = BigDecimal.ZERO;
            }
            String field = "budgetForm:lines:" + row++ + ":amount";
            if (amount.stripTrailingZeros().scale() > Money.SCALE) {
                Feedback.errorAt(field, "money.tooManyDecimals");
                valid = false;
            } else if (amount.signum() < 0) {
                Feedback.errorAt(field, "budget.negative");
                valid = false;
            } else {
                lines.add(new BudgetService.LineChange(editing.getId(), category, shownLines.get(category),
                        Money.eur(amount)));
            }
        }
        if (!valid) {
            return;
        }
        if (Feedback.attempt(() -> budgets.change(project, effectiveOn, reason, programmeApproved, lines))) {
            Feedback.info("budget.change.saved", editing.getShortName());
            init();
            org.primefaces.PrimeFaces.current().executeScript("PF('budgetDialog').hide()");
        }
    }

    /** Shows the planned budget as it was on the chosen date (today's when none). */
    public void showAsOf() {
        asOfBudget = asOf == null ? null : budgets.budgetOn(project, asOf);
    }

    public void showCurrent() {
        asOf = null;
        asOfBudget = null;
    }

    /** The planned budget the first table shows: as of the chosen date, or as it is. */
    public Budget getShown() {
        return asOfBudget == null ? budget : asOfBudget;
    }

    public boolean isAsOfShown() {
        return asOfBudget != null;
    }

    /** What is left of a line: planned minus declared (negative when over the plan). */
    public Money left(Partner partner, CostCategory category) {
        return budget.amount(partner.getId(), category).minus(spent.amount(partner.getId(), category));
    }

    public Money leftOfPartner(Partner partner) {
        return budget.partnerTotal(partner.getId()).minus(spent.partnerTotal(partner.getId()));
    }

    public Money leftOfCategory(CostCategory category) {
        return budget.categoryTotal(category).minus(spent.categoryTotal(category));
    }

    public Money leftOfProject() {
        return budget.total().minus(spent.total());
    }

    /**
     * What may still be declared on a line with the budget flexibility (planned plus the flexibility, minus
     * declared): the same limit the declaration checks ({@link Eligibility#limit(Money, BigDecimal)}).
     */
    public Money room(Partner partner, CostCategory category) {
        return Eligibility.limit(budget.amount(partner.getId(), category), project.getBudgetFlexibility())
                .minus(spent.amount(partner.getId(), category));
    }

    public String getFlexibilityPercent() {
        return project.getBudgetFlexibility().movePointRight(2).stripTrailingZeros().toPlainString();
    }

    /** The budget changes of the project, a page at a time from the database. */
    public ServiceLazyModel<BudgetChange> getChanges() {
        return changes;
    }

    /** The changed lines of a change on the page shown (read for the whole page in one statement). */
    public List<BudgetChangeLine> linesOf(BudgetChange change) {
        List<BudgetChange> page = changes.getWrappedData();
        if (changeLines == null || !changeLines.containsKey(change.getId())) {
            Set<Long> ids = new HashSet<>();
            if (page != null) {
                page.forEach(shown -> ids.add(shown.getId()));
            }
            ids.add(change.getId());
            changeLines = new HashMap<>(budgets.linesOfChanges(ids));
            ids.forEach(id -> changeLines.putIfAbsent(id, List.of()));
        }
        return changeLines.get(change.getId());
    }

    public int getReasonLength() {
        return BudgetChange.REASON_LENGTH;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public boolean isProgrammeApproved() {
        return programmeApproved;
    }

    public void setProgrammeApproved(boolean programmeApproved) {
        this.programmeApproved = programmeApproved;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
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
