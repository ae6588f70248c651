package lv.ludza.openup.procurement;

import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.envers.Audited;

import lv.ludza.openup.project.Country;
import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.SharedByProjects;

/**
 * From which contract value (without VAT) a country's procurement law asks for a procedure of which kind, for a
 * type of contract, in a period of validity. Data, so accountants follow changes of the law without a release.
 */
@Entity
@Table(name = "procurement_threshold")
@Audited
@NamedQuery(name = "ProcurementThreshold.findAll", query = "SELECT t FROM ProcurementThreshold t"
        + " ORDER BY t.country, t.contractType, t.amount.amount, t.validFrom")
@NamedQuery(name = "ProcurementThreshold.validOn", query = "SELECT t FROM ProcurementThreshold t"
        + " WHERE t.country = :country AND t.contractType = :type AND t.validFrom <= :day"
        + " AND (t.validUntil IS NULL OR t.validUntil >= :day) ORDER BY t.amount.amount DESC")
@SharedByProjects
public class ProcurementThreshold extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{threshold.country.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Country country;

    @NotNull(message = "{threshold.contractType.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContractType contractType;

    @NotNull(message = "{threshold.procedure.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "required_procedure", nullable = false, length = 30)
    private ProcedureType requiredProcedure;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "amount", precision = 14, scale = 2, nullable = false))
    private Money amount = Money.ZERO;

    @NotNull(message = "{threshold.validFrom.required}")
    @Column(nullable = false)
    private LocalDate validFrom;

    private LocalDate validUntil;

    @Size(max = 200, message = "{threshold.legalBasis.size}")
    @Column(length = 200)
    private String legalBasis;

    public ProcurementThreshold() {
        // a new one on a screen; for JPA
    }

    public ProcurementThreshold(Country country, ContractType contractType, ProcedureType requiredProcedure,
            Money amount, LocalDate validFrom) {
        this.country = country;
        this.contractType = contractType;
        this.requiredProcedure = requiredProcedure;
        this.amount = amount;
        this.validFrom = validFrom;
    }

    /** @throws RuleViolation {@code threshold.amount.positive}, {@code period.endBeforeStart} */
    public void check() {
        if (amount == null || amount.isNegative() || amount.isZero()) {
            throw RuleViolation.onField("amount", "threshold.amount.positive");
        }
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            throw RuleViolation.onField("validUntil", "period.endBeforeStart");
        }
    }

    /** Whether a contract of this value needs the procedure (the threshold is the first value that does). */
    public boolean applies(Money value) {
        return !amount.isGreaterThan(value);
    }

    @Override
    public String label() {
        return country + " " + contractType + " " + amount;
    }

    public Country getCountry() {
        return country;
    }

    public void setCountry(Country country) {
        this.country = country;
    }

    public ContractType getContractType() {
        return contractType;
    }

    public void setContractType(ContractType contractType) {
        this.contractType = contractType;
    }

    public ProcedureType getRequiredProcedure() {
        return requiredProcedure;
    }

    public void setRequiredProcedure(ProcedureType requiredProcedure) {
        this.requiredProcedure = requiredProcedure;
    }

    public Money getAmount() {
        return amount;
    }

    public void setAmount(Money amount) {
        this.amount = amount;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis == null || legalBasis.isBlank() ? null : legalBasis.trim();
    }
}
