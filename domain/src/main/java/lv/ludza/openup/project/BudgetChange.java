package lv.ludza.openup.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.InProject;
import lv.ludza.openup.shared.Money;

/**
 * A re-planning of the budget: several lines changed at once, with a reason and the date it takes effect; each
 * {@link BudgetChangeLine} keeps the amount before and after. Who made it and when: {@link BaseEntity}'s created
 * fields. A partner's total (its approved budget) changes only by a programme-approved modification.
 */
@Entity
@Table(name = "budget_change")
@Audited
@InProject("project.id")
@NamedQuery(name = "BudgetChange.lastEffectiveOnOfLines",
        query = "SELECT MAX(l.change.effectiveOn) FROM BudgetChangeLine l WHERE l.budgetLine.id IN :lines")
public class BudgetChange extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** The longest reason kept (the column's size). */
    public static final int REASON_LENGTH = 1000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Project project;

    @NotNull(message = "{budget.change.effectiveOn.required}")
    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @NotNull(message = "{budget.change.reason.required}")
    @Size(min = 1, max = REASON_LENGTH, message = "{budget.change.reason.size}")
    @Column(nullable = false, length = REASON_LENGTH)
    private String reason;

    @Column(name = "programme_approved", nullable = false)
    private boolean programmeApproved;

    @OneToMany(mappedBy = "change", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<BudgetChangeLine> lines = new ArrayList<>();

    protected BudgetChange() {
        // for JPA
    }

    public BudgetChange(Project project, LocalDate effectiveOn, String reason, boolean programmeApproved) {
        this.project = project;
        this.effectiveOn = effectiveOn;
        this.reason = reason == null ? null : reason.strip();
        this.programmeApproved = programmeApproved;
    }

    /**
     * Re-plans one line to a new amount as part of this change, keeping the amount it had.
     *
     * @throws lv.ludza.openup.shared.RuleViolation {@code budget.negative} for a negative amount
     */
    public BudgetChangeLine record(BudgetLine line, Money next) {
        BudgetChangeLine changed = new BudgetChangeLine(this, line, line.getPlanned(), next);
        line.plan(next);
        lines.add(changed);
        return changed;
    }

    @Override
    public String label() {
        return effectiveOn + " " + (reason.length() > 60 ? reason.substring(0, 60) + "…" : reason);
    }

    public Project getProject() {
        return project;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public String getReason() {
        return reason;
    }

    public boolean isProgrammeApproved() {
        return programmeApproved;
    }

    public List<BudgetChangeLine> getLines() {
        return Collections.unmodifiableList(lines);
    }
}
