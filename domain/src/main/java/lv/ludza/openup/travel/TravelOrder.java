package lv.ludza.openup.travel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.envers.Audited;

import lv.ludza.openup.project.Country;
import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.Text;
import lv.ludza.openup.shared.InProject;

/**
 * A participant's travel order: the journey's dates, destination and purpose, its approval, the advance asked
 * for and paid, what was provided day by day, and finally the settlement: per diem + the participant's own
 * expenses − the advance paid is what the employer still pays (or gets back).
 */
@Entity
@Table(name = "travel_order")
@Audited
@NamedQuery(name = "TravelOrder.ofTrip", query = "SELECT o FROM TravelOrder o JOIN FETCH o.participant p"
        + " JOIN FETCH p.employer WHERE p.trip.id = :trip ORDER BY p.name")
@NamedQuery(name = "TravelOrder.ofParticipant", query = "SELECT o FROM TravelOrder o"
        + " WHERE o.participant.id = :participant")
@NamedQuery(name = "TravelOrder.find", query = "SELECT o FROM TravelOrder o JOIN FETCH o.participant p"
        + " JOIN FETCH p.employer e JOIN FETCH e.project JOIN FETCH p.trip t JOIN FETCH t.organiser"
        + " WHERE o.id = :id")
@InProject("participant.trip.organiser.project.id")
public class TravelOrder extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", nullable = false, updatable = false, unique = true)
    private Participant participant;

    @NotBlank(message = "{travel.order.number.required}")
    @Size(max = 50, message = "{travel.order.number.size}")
    @Column(nullable = false, length = 50)
    private String number;

    @NotNull(message = "{travel.order.departureOn.required}")
    @Column(nullable = false)
    private LocalDate departureOn;

    @NotNull(message = "{travel.order.returnOn.required}")
    @Column(nullable = false)
    private LocalDate returnOn;

    @NotBlank(message = "{travel.trip.city.required}")
    @Size(max = 200, message = "{travel.trip.city.size}")
    @Column(nullable = false, length = 200)
    private String destinationCity;

    @NotNull(message = "{travel.trip.country.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Country destinationCountry;

    @Size(max = 2000, message = "{travel.trip.purpose.size}")
    @Column(length = 2000)
    private String purpose;

    @Column(length = 100)
    private String approvedBy;

    private LocalDate approvedOn;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "advance_requested", precision = 14, scale = 2,
            nullable = false))
    private Money advanceRequested = Money.ZERO;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "advance_paid", precision = 14, scale = 2,
            nullable = false))
    private Money advancePaid = Money.ZERO;

    private LocalDate advancePaidOn;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("day")
    private List<TravelDay> days = new ArrayList<>();

    /** The per diem as computed when the settlement was approved. */
    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "per_diem", precision = 14, scale = 2))
    private Money perDiem;

    @Column(length = 100)
    private String settledBy;

    private LocalDate settledOn;

    public TravelOrder() {
        // for JPA and the screen
    }

    /** A new order for a participant, with the trip's dates, destination and purpose. */
    public TravelOrder(Participant participant, String number) {
        this.participant = participant;
        this.number = number;
        Trip trip = participant.getTrip();
        this.departureOn = trip.getStartsOn();
        this.returnOn = trip.getEndsOn();
        this.destinationCity = trip.getDestinationCity();
        this.destinationCountry = trip.getDestinationCountry();
        this.purpose = trip.getPurpose();
    }

    /**
     * The country the traveller is in, or arrives in, on a day: the order's destination, until the trip reaches a
     * further destination.
     */
    public Country countryOn(LocalDate day, List<Destination> further) {
        return Destination.countryOn(day, destinationCountry, further);
    }

    /**
     * Checks the dates and aligns the provision days with them (days kept as they were ticked).
     *
     * @throws RuleViolation when the return is before the departure, the advance is negative, or an approved or
     *         settled order is changed in its dates
     */
    public void check() {
        if (returnOn.isBefore(departureOn)) {
            throw RuleViolation.onField("returnOn", "travel.order.returnBeforeDeparture");
        }
        if (advanceRequested.isNegative()) {
            throw RuleViolation.onField("advanceRequested", "travel.order.advance.negative");
        }
        if (advancePaid.isNegative()) {
            throw RuleViolation.onField("advancePaid", "travel.order.advance.negative");
        }
        if (!advancePaid.isZero() && advancePaidOn == null) {
            throw RuleViolation.onField("advancePaidOn", "travel.order.advancePaidOn.required");
        }
        if (isSettled()) {
            throw new RuleViolation("travel.order.settled");
        }
        Map<LocalDate, TravelDay> kept = days.stream()
                .collect(Collectors.toMap(TravelDay::getDay, Function.identity(), (a, b) -> a));
        days.removeIf(d -> d.getDay().isBefore(departureOn) || d.getDay().isAfter(returnOn));
        for (LocalDate day = departureOn; !day.isAfter(returnOn); day = day.plusDays(1)) {
            if (!kept.containsKey(day)) {
                days.add(new TravelDay(this, day));
            }
        }
        days.sort((a, b) -> a.getDay().compareTo(b.getDay()));
    }

    public void approve(String who, LocalDate on) {
        if (isSettled()) {
            throw new RuleViolation("travel.order.settled");
        }
        approvedBy = who;
        approvedOn = on;
    }

    public boolean isApproved() {
        return approvedOn != null;
    }

    public boolean isSettled() {
        return settledOn != null;
    }

    /** What was provided on each day, for the per diem. */
    public List<Provision> provisions() {
        return days.stream().map(TravelDay::provision).toList();
    }

    /**
     * Settles the order with the per diem computed now.
     *
     * @throws RuleViolation {@code travel.settlement.notApproved} for an order nobody approved;
     *         {@code travel.order.settled} twice
     */
    public void settle(Money computedPerDiem, String who, LocalDate on) {
        if (!isApproved()) {
            throw new RuleViolation("travel.settlement.notApproved", number);
        }
        if (isSettled()) {
            throw new RuleViolation("travel.order.settled");
        }
        if (on.isBefore(returnOn)) {
            throw RuleViolation.onField("settledOn", "travel.settlement.beforeReturn", returnOn);
        }
        perDiem = computedPerDiem;
        settledBy = who;
        settledOn = on;
    }

    /** Per diem + what the participant paid − the advance: positive to pay the participant, negative to return. */
    public static Money balance(Money perDiem, Money paidByParticipant, Money advancePaid) {
        return perDiem.plus(paidByParticipant).minus(advancePaid);
    }

    @Override
    public String label() {
        return number;
    }

    public Participant getParticipant() {
        return participant;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = Text.trimmed(number);
    }

    public LocalDate getDepartureOn() {
        return departureOn;
    }

    public void setDepartureOn(LocalDate departureOn) {
        this.departureOn = departureOn;
    }

    public LocalDate getReturnOn() {
        return returnOn;
    }

    public void setReturnOn(LocalDate returnOn) {
        this.returnOn = returnOn;
    }

    public String getDestinationCity() {
        return destinationCity;
    }

    public void setDestinationCity(String destinationCity) {
        this.destinationCity = Text.trimmed(destinationCity);
    }

    public Country getDestinationCountry() {
        return destinationCountry;
    }

    public void setDestinationCountry(Country destinationCountry) {
        this.destinationCountry = destinationCountry;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = Text.trimmed(purpose);
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public Money getAdvanceRequested() {
        return advanceRequested;
    }

    public void setAdvanceRequested(Money advanceRequested) {
        this.advanceRequested = advanceRequested == null ? Money.ZERO : advanceRequested;
    }

    public Money getAdvancePaid() {
        return advancePaid;
    }

    public void setAdvancePaid(Money advancePaid) {
        this.advancePaid = advancePaid == null ? Money.ZERO : advancePaid;
    }

    public LocalDate getAdvancePaidOn() {
        return advancePaidOn;
    }

    public void setAdvancePaidOn(LocalDate advancePaidOn) {
        this.advancePaidOn = advancePaidOn;
    }

    public List<TravelDay> getDays() {
        return days;
    }

    public Money getPerDiem() {
        return perDiem;
    }

    public String getSettledBy() {
        return settledBy;
    }

    public LocalDate getSettledOn() {
        return settledOn;
    }
}
