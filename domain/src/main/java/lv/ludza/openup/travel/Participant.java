package lv.ludza.openup.travel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.envers.Audited;

import lv.ludza.openup.project.Partner;
import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.Text;
import lv.ludza.openup.shared.InProject;

/**
 * A person on a trip, from any partner: the employer pays their per diem and costs by its own country's rules.
 * (Linked to the people counted by the events feature's "specialists trained" indicator by name and employer.)
 */
@Entity
@Table(name = "trip_participant")
@Audited
@NamedQuery(name = "Participant.ofTrip", query = "SELECT p FROM Participant p JOIN FETCH p.employer"
        + " WHERE p.trip.id = :trip ORDER BY p.name")
@NamedQuery(name = "Participant.sameName", query = "SELECT COUNT(p) FROM Participant p WHERE p.trip.id = :trip"
        + " AND LOWER(p.name) = LOWER(:name) AND p.employer.id = :employer AND p.id <> :except")
@InProject("trip.organiser.project.id")
public class Participant extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trip_id", nullable = false, updatable = false)
    private Trip trip;

    @NotBlank(message = "{travel.participant.name.required}")
    @Size(max = 150, message = "{travel.participant.name.size}")
    @Column(nullable = false, length = 150)
    private String name;

    @Size(max = 150, message = "{travel.participant.position.size}")
    @Column(name = "job_position", length = 150)
    private String position;

    @NotNull(message = "{travel.participant.employer.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employer_id", nullable = false)
    private Partner employer;

    public Participant() {
        // a new participant, filled in on the trip's screen
    }

    public Participant(Trip trip, String name, String position, Partner employer) {
        this.trip = trip;
        setName(name);
        setPosition(position);
        this.employer = employer;
    }

    @Override
    public String label() {
        return name;
    }

    public Trip getTrip() {
        return trip;
    }

    public void setTrip(Trip trip) {
        this.trip = trip;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Text.trimmed(name);
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = Text.trimmed(position);
    }

    /** The name an anonymised traveller gets, before their number. */
    public static final String ANONYMISED = "Anonymised traveller";

    /**
     * Removes the person: the name becomes "Anonymised traveller N" (N the participant's id), the position goes;
     * the employer, the travel order and its money stay.
     */
    public void anonymise() {
        this.name = ANONYMISED + " " + getId();
        this.position = null;
    }

    public boolean isAnonymised() {
        return name != null && name.startsWith(ANONYMISED + " ");
    }

    public Partner getEmployer() {
        return employer;
    }

    public void setEmployer(Partner employer) {
        this.employer = employer;
    }
}
