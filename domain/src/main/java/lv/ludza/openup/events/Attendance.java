package lv.ludza.openup.events;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.hibernate.envers.Audited;

import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.InProject;

/** A registered adult was there on one day of the event (checked in). */
@Entity
@Table(name = "event_attendance", uniqueConstraints = @UniqueConstraint(columnNames = { "registration_id", "event_day" }))
@Audited
@InProject("registration.event.project.id")
public class Attendance extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registration_id", nullable = false)
    private Registration registration;

    @Column(name = "event_day", nullable = false)
    private LocalDate day;

    protected Attendance() {
        // for JPA
    }

    public Attendance(Registration registration, LocalDate day) {
        this.registration = registration;
        this.day = day;
    }

    public Registration getRegistration() {
        return registration;
    }

    public LocalDate getDay() {
        return day;
    }
}
