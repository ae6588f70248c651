package lv.ludza.openup.renovation;

import static lv.ludza.openup.shared.Text.trimmed;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.envers.Audited;

import lv.ludza.openup.procurement.Contract;
import lv.ludza.openup.procurement.Supplier;
import lv.ludza.openup.project.BudgetLine;
import lv.ludza.openup.project.CostCategory;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.InProject;

/**
 * Renovation works of a partner: where, what, who does it (the contractor, under a procurement contract), which
 * budget line pays, when (planned and actual), and the acceptance act that ends them with the warranty after it.
 */
@Entity
@Table(name = "works")
@Audited
@NamedQuery(name = "Works.withRelations", query = "SELECT w FROM Works w JOIN FETCH w.partner"
        + " LEFT JOIN FETCH w.supplier LEFT JOIN FETCH w.contract LEFT JOIN FETCH w.budgetLine WHERE w.id = :id")
@NamedQuery(name = "Works.accepted", query = "SELECT w FROM Works w JOIN FETCH w.partner p"
        + " WHERE p.project.id = :project AND w.acceptedOn IS NOT NULL ORDER BY w.acceptedOn")
@InProject("partner.project.id")
public class Works extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** The usual warranty of building works, in months from acceptance. */
    public static final int DEFAULT_WARRANTY_MONTHS = 36;
    public static final int MAX_WARRANTY_MONTHS = 120;

    @NotNull(message = "{renovation.partner.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false)
    private Partner partner;

    @NotBlank(message = "{renovation.title.required}")
    @Size(max = 200, message = "{renovation.text.size}")
    @Column(nullable = false, length = 200)
    private String title;

    @Size(max = 200, message = "{renovation.text.size}")
    @Column(length = 200)
    private String building;

    @Size(max = 200, message = "{renovation.text.size}")
    @Column(length = 200)
    private String rooms;

    @Size(max = 2000, message = "{renovation.text.size}")
    @Column(length = 2000)
    private String scope;

    @Size(max = 150, message = "{renovation.text.size}")
    @Column(length = 150)
    private String responsible;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supplier_id")
    private Supplier supplier;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contract_id")
    private Contract contract;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "budget_line_id")
    private BudgetLine budgetLine;

    @NotNull(message = "{renovation.plannedStart.required}")
    @Column(nullable = false)
    private LocalDate plannedStart;

    @NotNull(message = "{renovation.plannedEnd.required}")
    @Column(nullable = false)
    private LocalDate plannedEnd;

    private LocalDate actualStart;

    private LocalDate actualEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WorksStatus status = WorksStatus.OPEN;

    private LocalDate acceptedOn;

    @Column(length = 500)
    private String commission;

    @Enumerated(EnumType.STRING)
    @Column(name = "acceptance_result", length = 30)
    private AcceptanceResult result;

    @Column(name = "acceptance_remarks", length = 2000)
    private String remarks;

    @Column(nullable = false)
    private int warrantyMonths = DEFAULT_WARRANTY_MONTHS;

    public Works() {
        // new works, filled in on their screen
    }

    public Works(Partner partner, String title, LocalDate plannedStart, LocalDate plannedEnd) {
        this.partner = partner;
        this.title = title;
        this.plannedStart = plannedStart;
        this.plannedEnd = plannedEnd;
    }

    /** Ends not before starts; an actual end needs an actual start. */
    public void checkDates() {
        if (plannedStart != null && plannedEnd != null && plannedEnd.isBefore(plannedStart)) {
            throw RuleViolation.onField("plannedEnd", "renovation.endBeforeStart");
        }
        if (actualEnd != null && actualStart == null) {
            throw RuleViolation.onField("actualStart", "renovation.actualStart.required");
        }
        if (actualStart != null && actualEnd != null && actualEnd.isBefore(actualStart)) {
            throw RuleViolation.onField("actualEnd", "renovation.endBeforeStart");
        }
        if (acceptedOn != null && (actualEnd == null || acceptedOn.isBefore(actualEnd))) {
            throw RuleViolation.onField("actualEnd", "renovation.acceptance.beforeEnd");
        }
    }

    /**
     * The contract must be the partner's, with the chosen contractor (taken from it when none is chosen); the budget
     * line must be the partner's infrastructure and works line.
     */
    public void checkLinks() {
        if (contract != null) {
            if (!contract.getPartner().equals(partner)) {
                throw RuleViolation.onField("contract", "renovation.contract.otherPartner");
            }
            if (supplier == null) {
                supplier = contract.getSupplier();
            } else if (!contract.getSupplier().equals(supplier)) {
                throw RuleViolation.onField("contract", "renovation.contract.otherSupplier",
                        contract.getSupplier().getName());
            }
        }
        if (budgetLine != null && (!budgetLine.getPartner().equals(partner)
                || budgetLine.getCategory() != CostCategory.INFRASTRUCTURE_WORKS)) {
            throw RuleViolation.onField("budgetLine", "renovation.budgetLine.notWorks");
        }
    }

    /**
     * Records the acceptance act. The works must have ended (actual end) and the act may not be dated before that.
     */
    public void accept(LocalDate on, String members, AcceptanceResult decided, String notes, int months) {
        if (status == WorksStatus.CLOSED) {
            throw new RuleViolation("renovation.closed");
        }
        if (on == null) {
            throw RuleViolation.onField("acceptedOn", "renovation.acceptedOn.required");
        }
        if (actualEnd == null) {
            throw RuleViolation.onField("acceptedOn", "renovation.acceptance.notFinished");
        }
        if (on.isBefore(actualEnd)) {
            throw RuleViolation.onField("acceptedOn", "renovation.acceptance.beforeEnd");
        }
        if (members == null || members.isBlank()) {
            throw RuleViolation.onField("commission", "renovation.commission.required");
        }
        if (members.trim().length() > 500) {
            throw RuleViolation.onField("commission", "renovation.text.size");
        }
        if (decided == null) {
            throw RuleViolation.onField("result", "renovation.result.required");
        }
        if (notes != null && notes.trim().length() > 2000) {
            throw RuleViolation.onField("remarks", "renovation.text.size");
        }
        if (months < 0 || months > MAX_WARRANTY_MONTHS) {
            throw RuleViolation.onField("warrantyMonths", "renovation.warranty.range", MAX_WARRANTY_MONTHS);
        }
        this.acceptedOn = on;
        this.commission = members.trim();
        this.result = decided;
        this.remarks = notes == null || notes.isBlank() ? null : notes.trim();
        this.warrantyMonths = months;
    }

    /** Closes accepted works; refused while any defect is not verified. */
    public void close(long unverifiedDefects) {
        if (acceptedOn == null || result == AcceptanceResult.REJECTED) {
            throw new RuleViolation("renovation.close.notAccepted");
        }
        if (unverifiedDefects > 0) {
            throw new RuleViolation("renovation.close.openDefects", unverifiedDefects);
        }
        status = WorksStatus.CLOSED;
    }

    public boolean isAccepted() {
        return acceptedOn != null && result != AcceptanceResult.REJECTED;
    }

    /** The last day of the warranty: acceptance plus the warranty months; null before acceptance. */
    public LocalDate getWarrantyEnd() {
        return isAccepted() ? acceptedOn.plusMonths(warrantyMonths) : null;
    }

    /** Planned end passed without an actual end (or ended after it); finished works are late no more. */
    public boolean isLate(LocalDate today) {
        return !isFinished() && plannedEnd != null
                && (actualEnd == null ? today.isAfter(plannedEnd) : actualEnd.isAfter(plannedEnd));
    }

    /** Accepted or closed: the works are done, nothing of them is late any more. */
    public boolean isFinished() {
        return isAccepted() || status == WorksStatus.CLOSED;
    }

    /** Whether one of these works' tasks shows as late: never once the works are accepted or closed. */
    public boolean isTaskLate(WorksTask task, LocalDate today) {
        return !isFinished() && task.isLate(today);
    }

    @Override
    public String label() {
        return title;
    }

    public Partner getPartner() {
        return partner;
    }

    public void setPartner(Partner partner) {
        this.partner = partner;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = trimmed(title);
    }

    public String getBuilding() {
        return building;
    }

    public void setBuilding(String building) {
        this.building = trimmed(building);
    }

    public String getRooms() {
        return rooms;
    }

    public void setRooms(String rooms) {
        this.rooms = trimmed(rooms);
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = trimmed(scope);
    }

    public String getResponsible() {
        return responsible;
    }

    public void setResponsible(String responsible) {
        this.responsible = trimmed(responsible);
    }

    public Supplier getSupplier() {
        return supplier;
    }

    public void setSupplier(Supplier supplier) {
        this.supplier = supplier;
    }

    public Contract getContract() {
        return contract;
    }

    public void setContract(Contract contract) {
        this.contract = contract;
    }

    public BudgetLine getBudgetLine() {
        return budgetLine;
    }

    public void setBudgetLine(BudgetLine budgetLine) {
        this.budgetLine = budgetLine;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public void setPlannedStart(LocalDate plannedStart) {
        this.plannedStart = plannedStart;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public void setPlannedEnd(LocalDate plannedEnd) {
        this.plannedEnd = plannedEnd;
    }

    public LocalDate getActualStart() {
        return actualStart;
    }

    public void setActualStart(LocalDate actualStart) {
        this.actualStart = actualStart;
    }

    public LocalDate getActualEnd() {
        return actualEnd;
    }

    public void setActualEnd(LocalDate actualEnd) {
        this.actualEnd = actualEnd;
    }

    public WorksStatus getStatus() {
        return status;
    }

    public LocalDate getAcceptedOn() {
        return acceptedOn;
    }

    public String getCommission() {
        return commission;
    }

    public AcceptanceResult getResult() {
        return result;
    }

    public String getRemarks() {
        return remarks;
    }

    public int getWarrantyMonths() {
        return warrantyMonths;
    }
}
