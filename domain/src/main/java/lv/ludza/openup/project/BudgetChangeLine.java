package lv.ludza.openup.project;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.InProject;
import lv.ludza.openup.shared.Money;

/** One budget line in a {@link BudgetChange}: its planned amount before and after. */
@Entity
@Table(name = "budget_change_line")
@Audited
@InProject("change.project.id")
@NamedQuery(name = "BudgetChangeLine.ofChanges",
        query = "SELECT l FROM BudgetChangeLine l JOIN FETCH l.budgetLine b JOIN FETCH b.partner"
                + " WHERE l.change.id IN :changes ORDER BY l.change.id, b.partner.id, b.category")
public class BudgetChangeLine extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "change_id", nullable = false, updatable = false)
    private BudgetChange change;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "budget_line_id", nullable = false, updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private BudgetLine budgetLine;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "previous_amount", precision = 14, scale = 2,
            nullable = false, updatable = false))
    private Money previous = Money.ZERO;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "new_amount", precision = 14, scale = 2,
            nullable = false, updatable = false))
    private Money next = Money.ZERO;

    protected BudgetChangeLine() {
        // for JPA
    }

    BudgetChangeLine(BudgetChange change, BudgetLine budgetLine, Money previous, Money next) {
        this.change = change;
        this.budgetLine = budgetLine;
        this.previous = previous;
        this.next = next;
    }

    @Override
    public String label() {
        return budgetLine.label();
    }

    public BudgetChange getChange() {
        return change;
    }

    public BudgetLine getBudgetLine() {
        return budgetLine;
    }

    public Money getPrevious() {
        return previous;
    }

    public Money getNext() {
        return next;
    }

    /** New minus previous. */
    public Money getDifference() {
        return next.minus(previous);
    }
}
