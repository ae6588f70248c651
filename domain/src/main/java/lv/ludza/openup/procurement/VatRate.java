package lv.ludza.openup.procurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import lv.ludza.openup.project.Country;
import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.SharedByProjects;

/**
 * A country's VAT rate of a kind, valid for a period (Latvia and Lithuania differ: 21/12/5 % and 21/9/5 %). Data, so a
 * change of the law is a new row, not a release; an invoice line taxed at a rate computes its VAT from it.
 */
@Entity
@Table(name = "vat_rate")
@Audited
@NamedQuery(name = "VatRate.findAll", query = "SELECT r FROM VatRate r"
        + " ORDER BY r.country, r.validFrom DESC, r.percent DESC, r.kind")
@NamedQuery(name = "VatRate.validOn", query = "SELECT r FROM VatRate r WHERE r.country = :country"
        + " AND r.validFrom <= :day AND (r.validUntil IS NULL OR r.validUntil >= :day)"
        + " ORDER BY r.percent DESC, r.kind")
@SharedByProjects
public class VatRate extends BaseEntity {

    private static final long serialVersionUID = 1L;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Country country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VatKind kind;

    @Column(name = "rate_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal percent;

    @Column(nullable = false)
    private LocalDate validFrom;

    private LocalDate validUntil;

    @Column(length = 200)
    private String legalBasis;

    protected VatRate() {
        // for JPA
    }

    public VatRate(Country country, VatKind kind, BigDecimal percent, LocalDate validFrom) {
        this.country = country;
        this.kind = kind;
        this.percent = kind.isReverseCharge() ? BigDecimal.ZERO.setScale(2) : percent.setScale(2);
        this.validFrom = validFrom;
    }

    /** The VAT on a net amount at this rate, rounded half up to the cent as on a paper invoice's line. */
    public Money vatOf(Money net) {
        if (kind.isReverseCharge() || net == null) {
            return Money.ZERO;
        }
        return Money.eur(net.amount().multiply(percent).divide(HUNDRED, Money.SCALE, RoundingMode.HALF_UP));
    }

    /** Whether a VAT amount is what this rate gives on the net, give or take a cent (invoices round differently). */
    public boolean agrees(Money net, Money vat) {
        return vatOf(net).minus(vat).amount().abs().compareTo(new BigDecimal("0.01")) <= 0;
    }

    public boolean isValidOn(LocalDate day) {
        return day != null && !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }

    @Override
    public String label() {
        return country + " " + percent.stripTrailingZeros().toPlainString() + " % " + kind;
    }

    public Country getCountry() {
        return country;
    }

    public VatKind getKind() {
        return kind;
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public LocalDate getValidFrom() {
        return validFrom;
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
        this.legalBasis = legalBasis;
    }
}
