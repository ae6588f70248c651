package lv.ludza.openup.travel;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.InProject;

/** One day of a travel order and what was provided on it (meals, accommodation): the per diem deducts them. */
@Entity
@Table(name = "travel_day")
@Audited
@InProject("order.participant.trip.organiser.project.id")
public class TravelDay extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    private TravelOrder order;

    @Column(name = "on_day", nullable = false, updatable = false)
    private LocalDate day;

    @Column(nullable = false)
    private boolean breakfast;

    @Column(nullable = false)
    private boolean lunch;

    @Column(nullable = false)
    private boolean dinner;

    @Column(nullable = false)
    private boolean accommodation;

    protected TravelDay() {
        // for JPA
    }

    TravelDay(TravelOrder order, LocalDate day) {
        this.order = order;
        this.day = day;
    }

    public Provision provision() {
        return new Provision(day, breakfast, lunch, dinner, accommodation);
    }

    public LocalDate getDay() {
        return day;
    }

    public boolean isBreakfast() {
        return breakfast;
    }

    public void setBreakfast(boolean breakfast) {
        this.breakfast = breakfast;
    }

    public boolean isLunch() {
        return lunch;
    }

    public void setLunch(boolean lunch) {
        this.lunch = lunch;
    }

    public boolean isDinner() {
        return dinner;
    }

    public void setDinner(boolean dinner) {
        this.dinner = dinner;
    }

    public boolean isAccommodation() {
        return accommodation;
    }

    public void setAccommodation(boolean accommodation) {
        this.accommodation = accommodation;
    }
}
