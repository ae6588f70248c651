package lv.ludza.openup.procurement;

import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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

/** A partner's contract with a supplier, usually the result of a procurement procedure. */
@Entity
@Table(name = "contract")
@Audited
@NamedQuery(name = "Contract.withRelations", query = "SELECT c FROM Contract c JOIN FETCH c.partner"
        + " JOIN FETCH c.supplier LEFT JOIN FETCH c.procedure WHERE c.id = :id")
@NamedQuery(name = "Contract.findByNumber",
        query = "SELECT c FROM Contract c WHERE c.partner.id = :partner AND c.number = :number")
@InProject("partner.project.id")
public class Contract extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{procedure.partner.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false)
    private Partner partner;

    @NotNull(message = "{contract.supplier.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supplier_id", nullable = false)
    private Supplier supplier;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "procedure_id")
    private ProcurementProcedure procedure;

    @NotBlank(message = "{contract.number.required}")
    @Size(max = 50, message = "{contract.number.size}")
    @Column(nullable = false, length = 50)
    private String number;

    @NotBlank(message = "{procedure.subject.required}")
    @Size(max = 500, message = "{procedure.subject.size}")
    @Column(nullable = false, length = 500)
    private String subject;

    @NotNull(message = "{contract.signedOn.required}")
    private LocalDate signedOn;

    private LocalDate validUntil;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "amount_net", precision = 14, scale = 2, nullable = false))
    private Money net = Money.ZERO;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "amount_vat", precision = 14, scale = 2, nullable = false))
    private Money vat = Money.ZERO;

    @jakarta.validation.constraints.NotNull(message = "{threshold.contractType.required}")
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "contract_type", nullable = false, length = 20)
    private ContractType contractType = ContractType.SUPPLIES;

    /** The procurement threshold warning found when it was last saved, kept on the record; null for none. */
    @Embedded
    private ThresholdWarning thresholdWarning;

    public Contract() {
        // a new contract, filled in on its screen
    }

    public Contract(Partner partner, Supplier supplier, String number, String subject, LocalDate signedOn) {
        this.partner = partner;
        this.supplier = supplier;
        this.number = number;
        this.subject = subject;
        this.signedOn = signedOn;
    }

    /** Net and VAT as signed; gross is their sum. */
    public void setAmounts(Money net, Money vat) {
        if (net.isNegative()) {
            throw RuleViolation.onField("net", "money.negative");
        }
        if (vat.isNegative()) {
            throw RuleViolation.onField("vat", "money.negative");
        }
        this.net = net;
        this.vat = vat;
    }

    /** A contract from a procedure must be with the procedure's winner, of the same partner. */
    public void fromProcedure(ProcurementProcedure awarded) {
        if (awarded != null) {
            this.contractType = awarded.getContractType();
            if (awarded.getStatus() != ProcedureStatus.AWARDED) {
                throw RuleViolation.onField("procedure", "contract.procedure.notAwarded");
            }
            if (!awarded.getWinner().equals(supplier)) {
                throw RuleViolation.onField("supplier", "contract.supplier.notWinner", awarded.getWinner().getName());
            }
            if (!awarded.getPartner().equals(partner)) {
                throw RuleViolation.onField("procedure", "contract.procedure.otherPartner");
            }
        }
        this.procedure = awarded;
    }

    /** Dates: valid-until not before signing. */
    public void checkDates() {
        if (signedOn != null && validUntil != null && validUntil.isBefore(signedOn)) {
            throw RuleViolation.onField("validUntil", "period.endBeforeStart");
        }
    }

    public Money getGross() {
        return net.plus(vat);
    }

    @Override
    public String label() {
        return number;
    }

    public Partner getPartner() {
        return partner;
    }

    public void setPartner(Partner partner) {
        this.partner = partner;
    }

    public Supplier getSupplier() {
        return supplier;
    }

    public void setSupplier(Supplier supplier) {
        this.supplier = supplier;
    }

    public ProcurementProcedure getProcedure() {
        return procedure;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number == null ? null : number.trim();
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject == null ? null : subject.trim();
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public Money getNet() {
        return net;
    }

    public Money getVat() {
        return vat;
    }

    public ContractType getContractType() {
        return contractType;
    }

    public void setContractType(ContractType contractType) {
        this.contractType = contractType;
    }

    public ThresholdWarning getThresholdWarning() {
        return thresholdWarning;
    }

    public void setThresholdWarning(ThresholdWarning thresholdWarning) {
        this.thresholdWarning = thresholdWarning;
    }
}
