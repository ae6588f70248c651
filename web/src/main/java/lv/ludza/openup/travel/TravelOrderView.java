package lv.ludza.openup.travel;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.audit.HistoryEntry;
import lv.ludza.openup.audit.HistoryService;
import lv.ludza.openup.project.Country;
import lv.ludza.openup.shared.Feedback;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.Navigation;
import lv.ludza.openup.shared.RuleViolation;

/**
 * A participant's travel order: dates, destination, advance and what was provided each day; approval; expenses
 * with their documents; the per diem day by day and the settlement.
 */
@Named
@ViewScoped
public class TravelOrderView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TripService trips;

    @Inject
    private HistoryService history;

    private Long id;
    private TravelOrder order;
    private BigDecimal advanceRequested;
    private BigDecimal advancePaid;
    private List<TravelExpense> expenses = List.of();
    private List<Destination> further = List.of();
    private Settlement settlement;
    private String settlementProblem;
    private List<HistoryEntry> entries = List.of();

    private TravelExpense expense = new TravelExpense();
    private BigDecimal expenseAmount;
    private Long documentsOf;
    private LocalDate settledOn;

    /** f:viewAction: the order named in the URL. */
    public void load() throws IOException {
        order = id == null ? null : trips.findOrder(id).orElse(null);
        if (order == null) {
            Navigation.notFound();
            return;
        }
        show(order);
    }

    private void show(TravelOrder shown) {
        order = trips.findOrder(shown.getId()).orElseThrow();
        advanceRequested = order.getAdvanceRequested().amount();
        advancePaid = order.getAdvancePaid().amount();
        expenses = trips.expenses(order.getId());
        further = trips.destinations(order.getParticipant().getTrip().getId());
        entries = history.historyOf(TravelOrder.class, order.getId());
        try {
            settlement = trips.settlement(order.getId());
            settlementProblem = null;
        } catch (RuleViolation problem) {
            settlement = null;
            settlementProblem = lv.ludza.openup.shared.Texts.get(problem.getKey(), problem.getArguments());
        }
        if (settledOn == null) {
            settledOn = order.isSettled() ? order.getSettledOn() : order.getReturnOn();
        }
    }

    public void save() {
        try {
            order.setAdvanceRequested(advanceRequested == null ? Money.ZERO : Money.eur(advanceRequested));
            order.setAdvancePaid(advancePaid == null ? Money.ZERO : Money.eur(advancePaid));
        } catch (IllegalArgumentException moreThanCents) {
            Feedback.fieldError("advancePaid", "travel.amountInvalid");
            return;
        }
        TravelOrder[] saved = new TravelOrder[1];
        if (Feedback.validate(order) && Feedback.attempt(() -> saved[0] = trips.saveOrder(order))) {
            show(saved[0]);
            Feedback.info("travel.order.saved", order.getNumber());
        }
    }

    public void approve() {
        TravelOrder[] approved = new TravelOrder[1];
        if (Feedback.attempt(() -> approved[0] = trips.approveOrder(order.getId(), order.getVersion()))) {
            show(approved[0]);
            Feedback.info("travel.order.approved", order.getNumber());
        }
    }

    public void addExpense() {
        if (expenseAmount != null) {
            try {
                expense.setAmount(Money.eur(expenseAmount));
            } catch (IllegalArgumentException moreThanCents) {
                Feedback.fieldError("amount", "travel.amountInvalid");
                return;
            }
        } else {
            expense.setAmount(null);
        }
        TravelExpense[] saved = new TravelExpense[1];
        if (Feedback.validate(expense) && Feedback.attempt(() -> saved[0] = trips.saveExpense(order.getId(), expense))) {
            Feedback.info(saved[0].isAboveCap() ? "travel.expense.addedAboveCap" : "travel.expense.added",
                    saved[0].getDescription());
            documentsOf = saved[0].getId();
            expense = new TravelExpense();
            expenseAmount = null;
            show(order);
        }
    }

    public void deleteExpense(TravelExpense gone) {
        if (Feedback.attempt(() -> trips.deleteExpense(gone.getId(), gone.getVersion()))) {
            if (gone.getId().equals(documentsOf)) {
                documentsOf = null;
            }
            show(order);
        }
    }

    public void showDocumentsOf(TravelExpense which) {
        documentsOf = which.getId();
    }

    public void settle() {
        if (settledOn == null) {
            Feedback.fieldError("settledOn", "travel.settlement.date.required");
            return;
        }
        if (Feedback.attempt(() -> trips.approveSettlement(order.getId(), order.getVersion(), settledOn))) {
            show(order);
            Feedback.info("travel.settlement.approved", order.getNumber());
        }
    }

    public TravelExpense getDocumentsExpense() {
        return expenses.stream().filter(e -> e.getId().equals(documentsOf)).findFirst().orElse(null);
    }

    public Country[] getCountries() {
        return Country.values();
    }

    public ExpenseKind[] getKinds() {
        return ExpenseKind.values();
    }

    public PaidBy[] getPayers() {
        return PaidBy.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TravelOrder getOrder() {
        return order;
    }

    public BigDecimal getAdvanceRequested() {
        return advanceRequested;
    }

    public void setAdvanceRequested(BigDecimal advanceRequested) {
        this.advanceRequested = advanceRequested;
    }

    public BigDecimal getAdvancePaid() {
        return advancePaid;
    }

    public void setAdvancePaid(BigDecimal advancePaid) {
        this.advancePaid = advancePaid;
    }

    public List<TravelExpense> getExpenses() {
        return expenses;
    }

    /** The trip's destinations after the order's first one. */
    public List<Destination> getFurther() {
        return further;
    }

    public Settlement getSettlement() {
        return settlement;
    }

    public String getSettlementProblem() {
        return settlementProblem;
    }

    public List<HistoryEntry> getEntries() {
        return entries;
    }

    public TravelExpense getExpense() {
        return expense;
    }

    public BigDecimal getExpenseAmount() {
        return expenseAmount;
    }

    public void setExpenseAmount(BigDecimal expenseAmount) {
        this.expenseAmount = expenseAmount;
    }

    public LocalDate getSettledOn() {
        return settledOn;
    }

    public void setSettledOn(LocalDate settledOn) {
        this.settledOn = settledOn;
    }
}
