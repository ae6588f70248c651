package lv.ludza.openup.procurement;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.envers.Audited;

import lv.ludza.openup.project.Partner;
import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.InProject;

/** How a partner chose a supplier for one purchase, with its status and, once awarded, the winner. */
@Entity
@Table(name = "procurement_procedure")
@Audited
@NamedQuery(name = "ProcurementProcedure.withRelations", query = "SELECT p FROM ProcurementProcedure p"
        + " JOIN FETCH p.partner LEFT JOIN FETCH p.winner WHERE p.id = :id")
@NamedQuery(name = "ProcurementProcedure.ofPartner", query = "SELECT p FROM ProcurementProcedure p"
        + " WHERE p.partner.id = :partner AND p.status = :status ORDER BY p.reference")
@InProject("partner.project.id")
public class ProcurementProcedure extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{procedure.partner.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false)
    private Partner partner;

    @NotBlank(message = "{procedure.reference.required}")
    @Size(max = 50, message = "{procedure.reference.size}")
    @Column(nullable = false, length = 50)
    private String reference;

    @NotBlank(message = "{procedure.subject.required}")
    @Size(max = 500, message = "{procedure.subject.size}")
    @Column(nullable = false, length = 500)
    private String subject;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContractType contractType = ContractType.SUPPLIES;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ProcedureType procedureType = ProcedureType.PRICE_SURVEY;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "estimated_value", precision = 14, scale = 2))
    private Money estimatedValue = Money.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProcedureStatus status = ProcedureStatus.PLANNED;

    private LocalDate announcedOn;

    private LocalDate decidedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "winner_id")
    private Supplier winner;

    public ProcurementProcedure() {
        // a new procedure, filled in on its screen
    }

    public ProcurementProcedure(Partner partner, String reference, String subject, ContractType contractType,
            ProcedureType procedureType, Money estimatedValue) {
        this.partner = partner;
        this.reference = reference;
        this.subject = subject;
        this.contractType = contractType;
        this.procedureType = procedureType;
        setEstimatedValue(estimatedValue);
    }

    /** The procedure is published (or the price survey sent out). */
    public void announce(LocalDate on) {
        requireStatus(ProcedureStatus.PLANNED);
        requireDate(on);
        announcedOn = on;
        status = ProcedureStatus.ANNOUNCED;
    }

    /** The offers were evaluated. */
    public void evaluate() {
        requireStatus(ProcedureStatus.ANNOUNCED);
        status = ProcedureStatus.EVALUATED;
    }

    /** The contract goes to {@code supplier}, decided on {@code on}. */
    public void award(Supplier supplier, LocalDate on) {
        requireStatus(ProcedureStatus.EVALUATED);
        if (supplier == null) {
            throw RuleViolation.onField("winner", "procedure.winner.required");
        }
        requireDate(on);
        if (announcedOn != null && on.isBefore(announcedOn)) {
            throw RuleViolation.onField("decidedOn", "procedure.decidedBeforeAnnounced");
        }
        winner = supplier;
        decidedOn = on;
        status = ProcedureStatus.AWARDED;
    }

    public void cancel(LocalDate on) {
        if (status.isFinal()) {
            throw new RuleViolation("procedure.status.final");
        }
        requireDate(on);
        decidedOn = on;
        status = ProcedureStatus.CANCELLED;
    }

    private void requireStatus(ProcedureStatus expected) {
        if (status != expected) {
            throw new RuleViolation("procedure.status.wrong", expected, status);
        }
    }

    private static void requireDate(LocalDate on) {
        if (on == null) {
            throw RuleViolation.onField("decidedOn", "procedure.date.required");
        }
    }

    @Override
    public String label() {
        return reference;
    }

    public Partner getPartner() {
        return partner;
    }

    public void setPartner(Partner partner) {
        if (status != ProcedureStatus.PLANNED && partner != this.partner) {
            throw new RuleViolation("procedure.partner.fixed");
        }
        this.partner = partner;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference == null ? null : reference.trim();
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject == null ? null : subject.trim();
    }

    public ContractType getContractType() {
        return contractType;
    }

    public void setContractType(ContractType contractType) {
        this.contractType = contractType;
    }

    public ProcedureType getProcedureType() {
        return procedureType;
    }

    public void setProcedureType(ProcedureType procedureType) {
        this.procedureType = procedureType;
    }

    public Money getEstimatedValue() {
        return estimatedValue;
    }

    /** @throws RuleViolation {@code money.negative} for a negative amount */
    public void setEstimatedValue(Money estimatedValue) {
        if (estimatedValue != null && estimatedValue.isNegative()) {
            throw RuleViolation.onField("estimatedValue", "money.negative");
        }
        this.estimatedValue = estimatedValue == null ? Money.ZERO : estimatedValue;
    }

    public ProcedureStatus getStatus() {
        return status;
    }

    public LocalDate getAnnouncedOn() {
        return announcedOn;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public Supplier getWinner() {
        return winner;
    }
}
