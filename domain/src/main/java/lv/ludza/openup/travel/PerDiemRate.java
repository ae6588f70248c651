package lv.ludza.openup.travel;

import java.time.Instant;
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

import org.hibernate.envers.Audited;

import lv.ludza.openup.project.Country;
import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.SharedByProjects;

/**
 * What an employer of one country pays a day in another country, from one day on (until the next rate or an end
 * date): the daily allowance and the most accommodation may cost a night. Rates entered as demo stay marked
 * "demo, unconfirmed" until an accountant confirms them.
 */
@Entity
@Table(name = "per_diem_rate")
@Audited
@NamedQuery(name = "PerDiemRate.all", query = "SELECT r FROM PerDiemRate r"
        + " ORDER BY r.employerCountry, r.destinationCountry, r.validFrom")
@NamedQuery(name = "PerDiemRate.of", query = "SELECT r FROM PerDiemRate r WHERE r.employerCountry = :employer"
        + " AND r.destinationCountry = :destination ORDER BY r.validFrom")
@NamedQuery(name = "PerDiemRate.ofEmployer", query = "SELECT r FROM PerDiemRate r WHERE r.employerCountry = :employer"
        + " ORDER BY r.destinationCountry, r.validFrom")
@SharedByProjects
public class PerDiemRate extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{travel.rate.employerCountry.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Country employerCountry;

    @NotNull(message = "{travel.rate.destinationCountry.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Country destinationCountry;

    @NotNull(message = "{travel.rate.validFrom.required}")
    @Column(nullable = false)
    private LocalDate validFrom;

    private LocalDate validUntil;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "daily_allowance", precision = 14, scale = 2,
            nullable = false))
    private Money dailyAllowance = Money.ZERO;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "accommodation_cap", precision = 14, scale = 2,
            nullable = false))
    private Money accommodationCap = Money.ZERO;

    /** Entered as an example; not to be relied on until an accountant confirms it. */
    @Column(nullable = false)
    private boolean demo;

    @Column(length = 100)
    private String confirmedBy;

    private Instant confirmedAt;

    public PerDiemRate() {
        // a new rate, filled in on its screen
    }

    public PerDiemRate(Country employerCountry, Country destinationCountry, LocalDate validFrom, LocalDate validUntil,
            Money dailyAllowance, Money accommodationCap) {
        this.employerCountry = employerCountry;
        this.destinationCountry = destinationCountry;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.dailyAllowance = dailyAllowance;
        this.accommodationCap = accommodationCap;
    }

    /** @throws RuleViolation when the rate ends before it starts or an amount is not positive */
    public void check() {
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            throw RuleViolation.onField("validUntil", "travel.rate.endsBeforeStart");
        }
        if (dailyAllowance == null || dailyAllowance.isNegative() || dailyAllowance.isZero()) {
            throw RuleViolation.onField("dailyAllowance", "travel.rate.amount.positive");
        }
        if (accommodationCap == null || accommodationCap.isNegative()) {
            throw RuleViolation.onField("accommodationCap", "travel.rate.amount.positive");
        }
    }

    /** Whether the rate is the one of this employer and destination country on that day. */
    public boolean applies(Country employer, Country destination, LocalDate day) {
        return employerCountry == employer && destinationCountry == destination && !day.isBefore(validFrom)
                && (validUntil == null || !day.isAfter(validUntil));
    }

    /** Marks the rate as demo data: shown with a warning until confirmed. */
    public PerDiemRate asDemo() {
        demo = true;
        confirmedBy = null;
        confirmedAt = null;
        return this;
    }

    /** An accountant has checked the rate against the law. */
    public void confirm(String who, Instant when) {
        demo = false;
        confirmedBy = who;
        confirmedAt = when;
    }

    @Override
    public String label() {
        return employerCountry + " → " + destinationCountry + " " + validFrom;
    }

    public Country getEmployerCountry() {
        return employerCountry;
    }

    public void setEmployerCountry(Country employerCountry) {
        this.employerCountry = employerCountry;
    }

    public Country getDestinationCountry() {
        return destinationCountry;
    }

    public void setDestinationCountry(Country destinationCountry) {
        this.destinationCountry = destinationCountry;
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

    public Money getDailyAllowance() {
        return dailyAllowance;
    }

    public void setDailyAllowance(Money dailyAllowance) {
        this.dailyAllowance = dailyAllowance;
    }

    public Money getAccommodationCap() {
        return accommodationCap;
    }

    public void setAccommodationCap(Money accommodationCap) {
        this.accommodationCap = accommodationCap;
    }

    public boolean isDemo() {
        return demo;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }
}
