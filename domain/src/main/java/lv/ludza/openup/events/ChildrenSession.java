package lv.ludza.openup.events;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.hibernate.envers.Audited;

import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.InProject;

/**
 * How many children took part in one day (session) of a children's activity. Anonymous by design: counts only,
 * never a child's name; only what the indicators need.
 */
@Entity
@Table(name = "event_children_session")
@Audited
@InProject("event.project.id")
public class ChildrenSession extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    private Event event;

    @NotNull(message = "{events.agenda.day.required}")
    @Column(name = "event_day", nullable = false)
    private LocalDate day;

    @Min(value = 0, message = "{events.children.negative}")
    @Column(nullable = false)
    private int present;

    @Min(value = 0, message = "{events.children.negative}")
    @Column(name = "first_time", nullable = false)
    private int firstTime;

    @Min(value = 0, message = "{events.children.negative}")
    @Column(nullable = false)
    private int vulnerable;

    @Min(value = 0, message = "{events.children.negative}")
    @Column(name = "age_up_to_9", nullable = false)
    private int ageUpTo9;

    @Min(value = 0, message = "{events.children.negative}")
    @Column(name = "age_10_to_13", nullable = false)
    private int age10To13;

    @Min(value = 0, message = "{events.children.negative}")
    @Column(name = "age_14_to_18", nullable = false)
    private int age14To18;

    public ChildrenSession() {
        // a new session, filled in on the event's screen
    }

    public ChildrenSession(LocalDate day, int present, int firstTime, int vulnerable) {
        this.day = day;
        this.present = present;
        this.firstTime = firstTime;
        this.vulnerable = vulnerable;
    }

    /**
     * The counts must fit together.
     *
     * @throws RuleViolation {@code events.children.negative}, {@code events.children.firstTimeAbovePresent},
     *         {@code events.children.vulnerableAbovePresent}, {@code events.children.agesAbovePresent}
     */
    public void check() {
        String[] names = { "present", "firstTime", "vulnerable", "ageUpTo9", "age10To13", "age14To18" };
        int[] values = { present, firstTime, vulnerable, ageUpTo9, age10To13, age14To18 };
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0) {
                throw RuleViolation.onField(names[i], "events.children.negative");
            }
        }
        if (firstTime > present) {
            throw RuleViolation.onField("firstTime", "events.children.firstTimeAbovePresent", firstTime, present);
        }
        if (vulnerable > present) {
            throw RuleViolation.onField("vulnerable", "events.children.vulnerableAbovePresent", vulnerable, present);
        }
        if (ageUpTo9 + age10To13 + age14To18 > present) {
            throw RuleViolation.onField("ageUpTo9", "events.children.agesAbovePresent",
                    ageUpTo9 + age10To13 + age14To18, present);
        }
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

    public int getPresent() {
        return present;
    }

    public void setPresent(int present) {
        this.present = present;
    }

    public int getFirstTime() {
        return firstTime;
    }

    public void setFirstTime(int firstTime) {
        this.firstTime = firstTime;
    }

    public int getVulnerable() {
        return vulnerable;
    }

    public void setVulnerable(int vulnerable) {
        this.vulnerable = vulnerable;
    }

    public int getAgeUpTo9() {
        return ageUpTo9;
    }

    public void setAgeUpTo9(int ageUpTo9) {
        this.ageUpTo9 = ageUpTo9;
    }

    public int getAge10To13() {
        return age10To13;
    }

    public void setAge10To13(int age10To13) {
        this.age10To13 = age10To13;
    }

    public int getAge14To18() {
        return age14To18;
    }

    public void setAge14To18(int age14To18) {
        this.age14To18 = age14To18;
    }
}
