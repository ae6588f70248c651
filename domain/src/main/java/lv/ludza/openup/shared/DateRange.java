package lv.ludza.openup.shared;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A closed range of calendar days, both ends included: a project period, an event, a trip. */
@Embeddable
public class DateRange implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "start_date")
    private LocalDate start;

    @Column(name = "end_date")
    private LocalDate end;

    protected DateRange() {
        // for JPA
    }

    private DateRange(LocalDate start, LocalDate end) {
        this.start = start;
        this.end = end;
    }

    /** @throws IllegalArgumentException when the end is before the start */
    public static DateRange of(LocalDate start, LocalDate end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("End " + end + " is before start " + start);
        }
        return new DateRange(start, end);
    }

    public LocalDate start() {
        return start;
    }

    public LocalDate end() {
        return end;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    public boolean contains(DateRange other) {
        return contains(other.start) && contains(other.end);
    }

    public boolean overlaps(DateRange other) {
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }

    /** Number of days, both ends counted: 1 April to 1 April is one day. */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** Whole months covered, counting the end day: 2018-04-01..2019-11-30 is 20 months. */
    public int months() {
        Period p = Period.between(start, end.plusDays(1));
        return p.getYears() * 12 + p.getMonths();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DateRange r && start.equals(r.start) && end.equals(r.end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end);
    }

    @Override
    public String toString() {
        return start + ".." + end;
    }
}
