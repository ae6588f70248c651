package lv.ludza.openup.project;

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

import org.hibernate.envers.Audited;

import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.InProject;

/** What one partner plans to spend in one cost category. */
@Entity
@Table(name = "budget_line")
@Audited
@NamedQuery(name = "BudgetLine.ofProject",
        query = "SELECT b FROM BudgetLine b JOIN FETCH b.partner p WHERE p.project.id = :project")
@NamedQuery(name = "BudgetLine.plannedByPartnerAndCategory",
        query = "SELECT b.partner.id, b.category, SUM(b.planned.amount) FROM BudgetLine b"
                + " WHERE b.partner.project.id = :project GROUP BY b.partner.id, b.category")
@InProject("partner.project.id")
public class BudgetLine extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false, updatable = false)
    private Partner partner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private CostCategory category;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "planned", precision = 14, scale = 2, nullable = false))
    private Money planned = Money.ZERO;

    protected BudgetLine() {
        // for JPA
    }

    public BudgetLine(Partner partner, CostCategory category, Money planned) {
        if (category.isFlatRate()) {
            throw new IllegalArgumentException(category + " is computed, not planned");
        }
        this.partner = partner;
        this.category = category;
        plan(planned);
    }

    /** @throws RuleViolation {@code budget.negative} for a negative amount */
    public void plan(Money amount) {
        if (amount.isNegative()) {
            throw RuleViolation.onField(category.name(), "budget.negative");
        }
        this.planned = amount;
    }

    @Override
    public String label() {
        // the category's name in braces: the history shows it in the reader's language
        return partner.getShortName() + " / {costCategory." + category.name() + "}";
    }

    public Partner getPartner() {
        return partner;
    }

    public CostCategory getCategory() {
        return category;
    }

    public Money getPlanned() {
        return planned;
    }
}
