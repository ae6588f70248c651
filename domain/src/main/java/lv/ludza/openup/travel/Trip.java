package lv.ludza.openup.travel;

import java.time.LocalDate;
import java.util.ArrayList;
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
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.Text;
import lv.ludza.openup.shared.InProject;

/** A study trip organised by one partner: where, when and why; its itinerary and participants hang off it. */
@Entity
@Table(name = "trip")
@Audited
@NamedQuery(name = "Trip.find", query = "SELECT t FROM Trip t JOIN FETCH t.organiser o JOIN FETCH o.project"
        + " WHERE t.id = :id")
@InProject("organiser.project.id")
public class Trip extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{travel.trip.title.required}")
    @Size(max = 200, message = "{travel.trip.title.size}")
    @Column(nullable = false, length = 200)
    private String title;

    @Size(max = 2000, message = "{travel.trip.purpose.size}")
    @Column(length = 2000)
    private String purpose;

    @NotNull(message = "{travel.trip.organiser.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organiser_id", nullable = false)
    private Partner organiser;

    /** The destinations as named on the order, e.g. "Berlin" or "Berlin, Potsdam". */
    @NotBlank(message = "{travel.trip.city.required}")
    @Size(max = 200, message = "{travel.trip.city.size}")
    @Column(nullable = false, length = 200)
    private String destinationCity;

    @NotNull(message = "{travel.trip.country.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Country destinationCountry;

    @NotNull(message = "{travel.trip.startsOn.required}")
    @Column(nullable = false)
    private LocalDate startsOn;

    @NotNull(message = "{travel.trip.endsOn.required}")
    @Column(nullable = false)
    private LocalDate endsOn;

    public Trip() {
        // a new trip, filled in on its screen
    }

    public Trip(Partner organiser, String title, String destinationCity, Country destinationCountry,
            LocalDate startsOn, LocalDate endsOn) {
        this.organiser = organiser;
        this.title = title;
        this.destinationCity = destinationCity;
        this.destinationCountry = destinationCountry;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    /** @throws RuleViolation {@code travel.trip.returnBeforeDeparture} on {@code endsOn} */
    public void check() {
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw RuleViolation.onField("endsOn", "travel.trip.returnBeforeDeparture");
        }
    }

    /** @throws RuleViolation {@code key} on {@code field} when the day is not a day of the trip */
    public void requireWithin(LocalDate day, String field, String key) {
        if (day == null || day.isBefore(startsOn) || day.isAfter(endsOn)) {
            throw RuleViolation.onField(field, key, startsOn, endsOn);
        }
    }

    public List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = startsOn; !day.isAfter(endsOn); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }

    @Override
    public String label() {
        return title;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = Text.trimmed(title);
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = Text.trimmed(purpose);
    }

    public Partner getOrganiser() {
        return organiser;
    }

    public void setOrganiser(Partner organiser) {
        this.organiser = organiser;
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

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
