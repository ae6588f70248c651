package lv.ludza.openup.travel;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.hibernate.envers.Audited;

import lv.ludza.openup.project.Country;
import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.SharedByProjects;

/**
 * How an employer country counts per-diem days and what it deducts when meals or accommodation are provided, in
 * percent of the day's allowance. Held as data per country, because the law changes and differs: e.g. in Latvia
 * at most 30 % of the allowance is paid on a day with accommodation and three meals provided.
 */
@Entity
@Table(name = "per_diem_rule")
@Audited
@NamedQuery(name = "PerDiemRule.all", query = "SELECT r FROM PerDiemRule r ORDER BY r.country")
@NamedQuery(name = "PerDiemRule.of", query = "SELECT r FROM PerDiemRule r WHERE r.country = :country")
@SharedByProjects
public class PerDiemRule extends BaseEntity {

    private static final long serialVersionUID = 1L;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2, unique = true)
    private Country country;

    /** Share of the allowance paid for the day of departure. */
    @NotNull(message = "{travel.rule.percent.required}")
    @DecimalMin(value = "0", message = "{travel.rule.percent.range}")
    @DecimalMax(value = "100", message = "{travel.rule.percent.range}")
    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal departureDayPercent = HUNDRED;

    @NotNull(message = "{travel.rule.percent.required}")
    @DecimalMin(value = "0", message = "{travel.rule.percent.range}")
    @DecimalMax(value = "100", message = "{travel.rule.percent.range}")
    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal returnDayPercent = HUNDRED;

    /** Share paid when the traveller leaves and returns on the same day. */
    @NotNull(message = "{travel.rule.percent.required}")
    @DecimalMin(value = "0", message = "{travel.rule.percent.range}")
    @DecimalMax(value = "100", message = "{travel.rule.percent.range}")
    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal sameDayPercent = HUNDRED;

    @NotNull(message = "{travel.rule.percent.required}")
    @DecimalMin(value = "0", message = "{travel.rule.percent.range}")
    @DecimalMax(value = "100", message = "{travel.rule.percent.range}")
    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal breakfastPercent = BigDecimal.ZERO;

    @NotNull(message = "{travel.rule.percent.required}")
    @DecimalMin(value = "0", message = "{travel.rule.percent.range}")
    @DecimalMax(value = "100", message = "{travel.rule.percent.range}")
    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal lunchPercent = BigDecimal.ZERO;

    @NotNull(message = "{travel.rule.percent.required}")
    @DecimalMin(value = "0", message = "{travel.rule.percent.range}")
    @DecimalMax(value = "100", message = "{travel.rule.percent.range}")
    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal dinnerPercent = BigDecimal.ZERO;

    /** The most paid, in percent of the allowance, on a day with accommodation and three meals provided. */
    @NotNull(message = "{travel.rule.percent.required}")
    @DecimalMin(value = "0", message = "{travel.rule.percent.range}")
    @DecimalMax(value = "100", message = "{travel.rule.percent.range}")
    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal fullBoardMaxPercent = HUNDRED;

    @Column(nullable = false)
    private boolean demo;

    @Column(length = 100)
    private String confirmedBy;

    private Instant confirmedAt;

    public PerDiemRule() {
        // for JPA and the screen
    }

    public PerDiemRule(Country country, String departureDay, String returnDay, String sameDay, String breakfast,
            String lunch, String dinner, String fullBoardMax) {
        this.country = country;
        this.departureDayPercent = new BigDecimal(departureDay);
        this.returnDayPercent = new BigDecimal(returnDay);
        this.sameDayPercent = new BigDecimal(sameDay);
        this.breakfastPercent = new BigDecimal(breakfast);
        this.lunchPercent = new BigDecimal(lunch);
        this.dinnerPercent = new BigDecimal(dinner);
        this.fullBoardMaxPercent = new BigDecimal(fullBoardMax);
    }

    public PerDiemRule asDemo() {
        demo = true;
        confirmedBy = null;
        confirmedAt = null;
        return this;
    }

    public void confirm(String who, Instant when) {
        demo = false;
        confirmedBy = who;
        confirmedAt = when;
    }

    @Override
    public String label() {
        return String.valueOf(country);
    }

    public Country getCountry() {
        return country;
    }

    public void setCountry(Country country) {
        this.country = country;
    }

    public BigDecimal getDepartureDayPercent() {
        return departureDayPercent;
    }

    public void setDepartureDayPercent(BigDecimal departureDayPercent) {
        this.departureDayPercent = departureDayPercent;
    }

    public BigDecimal getReturnDayPercent() {
        return returnDayPercent;
    }

    public void setReturnDayPercent(BigDecimal returnDayPercent) {
        this.returnDayPercent = returnDayPercent;
    }

    public BigDecimal getSameDayPercent() {
        return sameDayPercent;
    }

    public void setSameDayPercent(BigDecimal sameDayPercent) {
        this.sameDayPercent = sameDayPercent;
    }

    public BigDecimal getBreakfastPercent() {
        return breakfastPercent;
    }

    public void setBreakfastPercent(BigDecimal breakfastPercent) {
        this.breakfastPercent = breakfastPercent;
    }

    public BigDecimal getLunchPercent() {
        return lunchPercent;
    }

    public void setLunchPercent(BigDecimal lunchPercent) {
        this.lunchPercent = lunchPercent;
    }

    public BigDecimal getDinnerPercent() {
        return dinnerPercent;
    }

    public void setDinnerPercent(BigDecimal dinnerPercent) {
        this.dinnerPercent = dinnerPercent;
    }

    public BigDecimal getFullBoardMaxPercent() {
        return fullBoardMaxPercent;
    }

    public void setFullBoardMaxPercent(BigDecimal fullBoardMaxPercent) {
        this.fullBoardMaxPercent = fullBoardMaxPercent;
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
