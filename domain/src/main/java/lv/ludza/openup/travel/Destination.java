package lv.ludza.openup.travel;

import java.time.LocalDate;
import java.util.List;

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

import lv.ludza.openup.project.Country;
import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.Text;
import lv.ludza.openup.shared.InProject;

/**
 * A further destination of a trip after its first one (the trip's own city and country): where the travellers
 * go next and the day they arrive there. From that day on the per diem is the one of this destination's country.
 */
@Entity
@Table(name = "trip_destination")
@Audited
@NamedQuery(name = "Destination.ofTrip", query = "SELECT d FROM Destination d WHERE d.trip.id = :trip"
        + " ORDER BY d.arriveOn, d.id")
@NamedQuery(name = "Destination.ofTrips", query = "SELECT d FROM Destination d WHERE d.trip.id IN :trips"
        + " ORDER BY d.arriveOn, d.id")
@InProject("trip.organiser.project.id")
public class Destination extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trip_id", nullable = false, updatable = false)
    private Trip trip;

    @NotBlank(message = "{travel.trip.city.required}")
    @Size(max = 200, message = "{travel.trip.city.size}")
    @Column(nullable = false, length = 200)
    private String city;

    @NotNull(message = "{travel.trip.country.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Country country;

    @NotNull(message = "{travel.destination.arriveOn.required}")
    @Column(nullable = false)
    private LocalDate arriveOn;

    public Destination() {
        // a new destination, filled in on the trip's screen
    }

    public Destination(Trip trip, String city, Country country, LocalDate arriveOn) {
        this.trip = trip;
        setCity(city);
        this.country = country;
        this.arriveOn = arriveOn;
    }

    /**
     * @param others the trip's other further destinations
     * @throws RuleViolation {@code travel.destination.outsideTrip} on {@code arriveOn} when the day is not one of the
     *         trip's after its first; {@code travel.destination.twice} on {@code arriveOn} when another destination
     *         is reached the same day
     */
    public void check(List<Destination> others) {
        if (arriveOn == null || !arriveOn.isAfter(trip.getStartsOn()) || arriveOn.isAfter(trip.getEndsOn())) {
            throw RuleViolation.onField("arriveOn", "travel.destination.outsideTrip", trip.getStartsOn().plusDays(1),
                    trip.getEndsOn());
        }
        if (others.stream().anyMatch(o -> o != this && (getId() == null || !getId().equals(o.getId()))
                && arriveOn.equals(o.getArriveOn()))) {
            throw RuleViolation.onField("arriveOn", "travel.destination.twice", arriveOn);
        }
    }

    /**
     * The country a traveller is in, or arrives in, on a day: that of the last further destination reached by
     * then, else the first destination's.
     */
    public static Country countryOn(LocalDate day, Country first, List<Destination> further) {
        Country country = first;
        LocalDate latest = null;
        for (Destination destination : further) {
            if (!destination.getArriveOn().isAfter(day)
                    && (latest == null || !destination.getArriveOn().isBefore(latest))) {
                latest = destination.getArriveOn();
                country = destination.getCountry();
            }
        }
        return country;
    }

    @Override
    public String label() {
        return city + " (" + country + ")";
    }

    public Trip getTrip() {
        return trip;
    }

    public void setTrip(Trip trip) {
        this.trip = trip;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = Text.trimmed(city);
    }

    public Country getCountry() {
        return country;
    }

    public void setCountry(Country country) {
        this.country = country;
    }

    public LocalDate getArriveOn() {
        return arriveOn;
    }

    public void setArriveOn(LocalDate arriveOn) {
        this.arriveOn = arriveOn;
    }
}
