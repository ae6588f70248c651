package lv.ludza.openup.procurement;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import lv.ludza.openup.project.Country;
import lv.ludza.openup.shared.Money;

/**
 * The procurement threshold warning found when a contract or an invoice was entered: with this record, what a partner
 * bought from one supplier of one kind in the 12 months up to the record's date reaches a threshold of the partner's
 * country, and no procedure of the kind it asks for (or a stricter one) was awarded to the supplier. Saving stays
 * possible; the warning is kept on the record (and in its history), its figures stored so that each user reads it in
 * their own language with amounts formatted for it.
 */
@Embeddable
public class ThresholdWarning implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "warning_country", length = 2)
    private Country country;

    @Enumerated(EnumType.STRING)
    @Column(name = "warning_type", length = 20)
    private ContractType contractType;

    @Column(name = "warning_total", precision = 16, scale = 2)
    private BigDecimal total;

    @Column(name = "warning_threshold", precision = 14, scale = 2)
    private BigDecimal threshold;

    @Enumerated(EnumType.STRING)
    @Column(name = "warning_required", length = 30)
    private ProcedureType required;

    @Enumerated(EnumType.STRING)
    @Column(name = "warning_held", length = 30)
    private ProcedureType held;

    @Column(name = "warning_records")
    private Integer records;

    protected ThresholdWarning() {
        // for JPA
    }

    /**
     * @param total what was bought with this record, net
     * @param records how many contracts and invoices make it up (more than one: a purchase split in parts)
     * @param held the strongest procedure awarded to the supplier, or null
     */
    public ThresholdWarning(Country country, ContractType contractType, Money total, Money threshold,
            ProcedureType required, ProcedureType held, int records) {
        this.country = country;
        this.contractType = contractType;
        this.total = total.amount();
        this.threshold = threshold.amount();
        this.required = required;
        this.held = held;
        this.records = records;
    }

    /** Whether several records together reach the threshold (split purchases). */
    public boolean isSplit() {
        return records != null && records > 1;
    }

    public Country getCountry() {
        return country;
    }

    public ContractType getContractType() {
        return contractType;
    }

    public Money getTotal() {
        return total == null ? null : Money.eur(total);
    }

    public Money getThreshold() {
        return threshold == null ? null : Money.eur(threshold);
    }

    public ProcedureType getRequired() {
        return required;
    }

    public ProcedureType getHeld() {
        return held;
    }

    public int getRecords() {
        return records == null ? 0 : records;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ThresholdWarning w && country == w.country && contractType == w.contractType
                && Objects.equals(getTotal(), w.getTotal()) && Objects.equals(getThreshold(), w.getThreshold())
                && required == w.required && held == w.held && getRecords() == w.getRecords();
    }

    @Override
    public int hashCode() {
        return Objects.hash(country, contractType, getTotal(), required);
    }

    @Override
    public String toString() {
        return contractType + " " + country + ": " + total + " >= " + threshold + " needs " + required
                + (held == null ? "" : ", held " + held) + " (" + records + " records)";
    }
}
