package lv.ludza.openup.travel;

import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.envers.Audited;

import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.Text;
import lv.ludza.openup.shared.InProject;

/**
 * A cost of a participant's journey besides the per diem (ticket, accommodation, ...), paid by the organisation or
 * by the participant, with its document. Accommodation dearer a night than the rate's cap is flagged.
 */
@Entity
@Table(name = "travel_expense")
@Audited
@NamedQuery(name = "TravelExpense.ofOrder", query = "SELECT e FROM TravelExpense e WHERE e.order.id = :order"
        + " ORDER BY e.spentOn, e.id")
@NamedQuery(name = "TravelExpense.ofTrip", query = "SELECT e FROM TravelExpense e JOIN FETCH e.order o"
        + " WHERE o.participant.trip.id = :trip ORDER BY e.spentOn, e.id")
@InProject("order.participant.trip.organiser.project.id")
public class TravelExpense extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    private TravelOrder order;

    @NotNull(message = "{travel.expense.kind.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ExpenseKind kind = ExpenseKind.TICKET;

    @NotBlank(message = "{travel.expense.description.required}")
    @Size(max = 300, message = "{travel.expense.description.size}")
    @Column(nullable = false, length = 300)
    private String description;

    @NotNull(message = "{travel.expense.spentOn.required}")
    @Column(nullable = false)
    private LocalDate spentOn;

    @NotNull(message = "{travel.expense.amount.required}")
    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "amount", precision = 14, scale = 2,
            nullable = false))
    private Money amount;

    /** Nights an accommodation expense pays for (the cap is a night's). */
    @Min(value = 0, message = "{travel.expense.nights.range}")
    @Column(nullable = false)
    private int nights;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PaidBy paidBy = PaidBy.ORGANISATION;

    @Column(nullable = false)
    private boolean aboveCap;

    public TravelExpense() {
        // a new expense, filled in on the order's screen
    }

    public TravelExpense(TravelOrder order, ExpenseKind kind, String description, LocalDate spentOn, Money amount,
            int nights, PaidBy paidBy) {
        this.order = order;
        this.kind = kind;
        setDescription(description);
        this.spentOn = spentOn;
        this.amount = amount;
        this.nights = nights;
        this.paidBy = paidBy;
    }

    /**
     * Checks the expense against its order and flags accommodation above the cap a night.
     *
     * @param earliest the first day an expense may be dated (tickets are bought before the journey: the trip's
     *        order may allow days before the departure); the return day is the last
     * @param accommodationCap the cap a night of the destination on the first night, or null if unknown
     */
    public void check(LocalDate earliest, Money accommodationCap) {
        if (amount == null || amount.isNegative() || amount.isZero()) {
            throw RuleViolation.onField("amount", "travel.expense.amount.positive");
        }
        if (spentOn.isBefore(earliest) || spentOn.isAfter(order.getReturnOn())) {
            throw RuleViolation.onField("spentOn", "travel.expense.outsideTrip", earliest, order.getReturnOn());
        }
        if (kind == ExpenseKind.ACCOMMODATION && nights < 1) {
            throw RuleViolation.onField("nights", "travel.expense.nights.required");
        }
        aboveCap = kind == ExpenseKind.ACCOMMODATION && accommodationCap != null
                && amount.isGreaterThan(accommodationCap.times(java.math.BigDecimal.valueOf(nights)));
    }

    public TravelOrder getOrder() {
        return order;
    }

    public void setOrder(TravelOrder order) {
        this.order = order;
    }

    public ExpenseKind getKind() {
        return kind;
    }

    public void setKind(ExpenseKind kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = Text.trimmed(description);
    }

    public LocalDate getSpentOn() {
        return spentOn;
    }

    public void setSpentOn(LocalDate spentOn) {
        this.spentOn = spentOn;
    }

    public Money getAmount() {
        return amount;
    }

    public void setAmount(Money amount) {
        this.amount = amount;
    }

    public int getNights() {
        return nights;
    }

    public void setNights(int nights) {
        this.nights = nights;
    }

    public PaidBy getPaidBy() {
        return paidBy;
    }

    public void setPaidBy(PaidBy paidBy) {
        this.paidBy = paidBy;
    }

    public boolean isAboveCap() {
        return aboveCap;
    }
}
