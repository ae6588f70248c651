package lv.ludza.openup.events;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.envers.Audited;

import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.Text;
import lv.ludza.openup.shared.InProject;

/** One line of an event's programme: on which day, at what time, what, by whom. */
@Entity
@Table(name = "event_agenda_item")
@Audited
@InProject("event.project.id")
public class AgendaItem extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    private Event event;

    @NotNull(message = "{events.agenda.day.required}")
    @Column(name = "event_day", nullable = false)
    private LocalDate day;

    @Column(name = "starts_at")
    private LocalTime startsAt;

    @NotBlank(message = "{events.agenda.title.required}")
    @Size(max = 300, message = "{events.title.size}")
    @Column(nullable = false, length = 300)
    private String title;

    @Size(max = 200, message = "{events.agenda.speaker.size}")
    @Column(length = 200)
    private String speaker;

    public AgendaItem() {
        // a new line, filled in on the event's screen
    }

    public AgendaItem(LocalDate day, LocalTime startsAt, String title, String speaker) {
        this.day = day;
        this.startsAt = startsAt;
        this.title = title;
        this.speaker = speaker;
    }

    public Event getEvent() {
        return event;
    }

    public void setEvent(Event event) {
        this.event = event;
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

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = Text.trimmed(title);
    }

    public String getSpeaker() {
        return speaker;
    }

    public void setSpeaker(String speaker) {
        this.speaker = Text.trimmed(speaker);
    }
}
