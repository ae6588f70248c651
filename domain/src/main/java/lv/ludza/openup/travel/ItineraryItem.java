package lv.ludza.openup.travel;

import java.time.LocalDate;
import java.time.LocalTime;

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

import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.Text;
import lv.ludza.openup.shared.InProject;

/** One entry of a trip's programme: a visit, a meeting or a transport leg on a day, with its times. */
@Entity
@Table(name = "itinerary_item")
@Audited
@NamedQuery(name = "ItineraryItem.ofTrip", query = "SELECT i FROM ItineraryItem i WHERE i.trip.id = :trip"
        + " ORDER BY i.day, i.startsAt, i.id")
@InProject("trip.organiser.project.id")
public class ItineraryItem extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trip_id", nullable = false, updatable = false)
    private Trip trip;

    @NotNull(message = "{travel.itinerary.day.required}")
    @Column(name = "on_day", nullable = false)
    private LocalDate day;

    private LocalTime startsAt;

    private LocalTime endsAt;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ItineraryKind kind = ItineraryKind.VISIT;

    @NotBlank(message = "{travel.itinerary.description.required}")
    @Size(max = 300, message = "{travel.itinerary.description.size}")
    @Column(nullable = false, length = 300)
    private String description;

    @Size(max = 200, message = "{travel.itinerary.place.size}")
    @Column(length = 200)
    private String place;

    public ItineraryItem() {
        // a new entry, filled in on the trip's screen
    }

    public ItineraryItem(Trip trip, LocalDate day, LocalTime startsAt, LocalTime endsAt, ItineraryKind kind,
            String description, String place) {
        this.trip = trip;
        this.day = day;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.kind = kind;
        setDescription(description);
        setPlace(place);
    }

    /** @throws RuleViolation when the day is outside the trip or the entry ends before it starts */
    public void check() {
        trip.requireWithin(day, "day", "travel.itinerary.outsideTrip");
        if (startsAt != null && endsAt != null && endsAt.isBefore(startsAt)) {
            throw RuleViolation.onField("endsAt", "travel.itinerary.endsBeforeStart");
        }
    }

    public Trip getTrip() {
        return trip;
    }

    public void setTrip(Trip trip) {
        this.trip = trip;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalTime endsAt) {
        this.endsAt = endsAt;
    }

    public ItineraryKind getKind() {
        return kind;
    }

    public void setKind(ItineraryKind kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = Text.trimmed(description);
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = Text.trimmed(place);
    }
}
