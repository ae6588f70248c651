package lv.ludza.openup.events;

import static lv.ludza.openup.shared.Text.trimmed;

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
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.Project;
import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.InProject;

/** An activity of the project on one or more consecutive days, organised by one partner. */
@Entity
@Table(name = "event")
@Audited
@InProject("project.id")
public class Event extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Project project;

    @NotNull(message = "{events.partner.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Partner partner;

    @NotBlank(message = "{events.title.required}")
    @Size(max = 300, message = "{events.title.size}")
    @Column(nullable = false, length = 300)
    private String title;

    @NotNull(message = "{events.type.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EventType type = EventType.SEMINAR;

    @NotNull(message = "{events.targetGroup.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "target_group", nullable = false, length = 20)
    private TargetGroup targetGroup = TargetGroup.SPECIALISTS;

    @Size(max = 300, message = "{events.venue.size}")
    @Column(length = 300)
    private String venue;

    @NotNull(message = "{events.startDate.required}")
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @NotNull(message = "{events.endDate.required}")
    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Min(value = 1, message = "{events.capacity.min}")
    private Integer capacity;

    @Column(name = "registration_opens")
    private LocalDate registrationOpens;

    @Column(name = "registration_closes")
    private LocalDate registrationCloses;

    /** events created together as a recurring series share this key */
    @Column(name = "series_key", length = 40)
    private String seriesKey;

    public Event() {
        // a new event, filled in on its screen
    }

    public Event(Project project, Partner partner, EventType type, String title, LocalDate startDate,
            LocalDate endDate) {
        this.project = project;
        this.partner = partner;
        this.type = type;
        this.targetGroup = type.isForChildren() ? TargetGroup.CHILDREN : TargetGroup.SPECIALISTS;
        this.title = title;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    /**
     * The rules across fields.
     *
     * @throws RuleViolation {@code events.endBeforeStart}, {@code events.registrationWindow}
     */
    public void check() {
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw RuleViolation.onField("endDate", "events.endBeforeStart");
        }
        if (registrationOpens != null && registrationCloses != null
                && registrationCloses.isBefore(registrationOpens)) {
            throw RuleViolation.onField("registrationCloses", "events.registrationWindow.order");
        }
        if (registrationCloses != null && endDate != null && registrationCloses.isAfter(endDate)) {
            throw RuleViolation.onField("registrationCloses", "events.registrationWindow.afterEnd");
        }
    }

    /**
     * Whether all the event's days lie in this (the project's) period: only such an event counts in the project's
     * indicators; one outside is saved with a warning.
     */
    public boolean isWithin(lv.ludza.openup.shared.DateRange period) {
        return period != null && startDate != null && endDate != null && period.contains(startDate)
                && period.contains(endDate);
    }

    /** Whether the event runs on that day. */
    public boolean runsOn(LocalDate day) {
        return day != null && !day.isBefore(startDate) && !day.isAfter(endDate);
    }

    /** @throws RuleViolation {@code events.notRunning} when the event does not run on that day */
    public void requireDay(LocalDate day, String field) {
        if (!runsOn(day)) {
            throw RuleViolation.onField(field, "events.notRunning", day, startDate, endDate);
        }
    }

    /**
     * @throws RuleViolation {@code events.registration.closed} when {@code today} is outside the window (or, for a
     *         window open on one side, {@code events.registration.opensOn} / {@code events.registration.closedOn}
     *         with the one date: never "open null – 6 Apr")
     */
    public void requireRegistrationOpen(LocalDate today) {
        if (registrationOpens != null && today.isBefore(registrationOpens)
                || registrationCloses != null && today.isAfter(registrationCloses)) {
            if (registrationOpens == null) {
                throw new RuleViolation("events.registration.closedOn", registrationCloses);
            }
            if (registrationCloses == null) {
                throw new RuleViolation("events.registration.opensOn", registrationOpens);
            }
            throw new RuleViolation("events.registration.closed", registrationOpens, registrationCloses);
        }
    }

    /** Whether a new registration gets a seat when {@code confirmed} are already taken. */
    public boolean hasSeatFor(long confirmed) {
        return capacity == null || confirmed < capacity;
    }

    /** The days the event runs, first to last. */
    public List<LocalDate> getDays() {
        List<LocalDate> days = new ArrayList<>();
        if (startDate != null && endDate != null) {
            for (LocalDate day = startDate; !day.isAfter(endDate); day = day.plusDays(1)) {
                days.add(day);
            }
        }
        return days;
    }

    @Override
    public String label() {
        return title;
    }

    public Project getProject() {
        return project;
    }

    public void setProject(Project project) {
        this.project = project;
    }

    public Partner getPartner() {
        return partner;
    }

    public void setPartner(Partner partner) {
        this.partner = partner;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = trimmed(title);
    }

    public EventType getType() {
        return type;
    }

    public void setType(EventType type) {
        this.type = type;
    }

    public TargetGroup getTargetGroup() {
        return targetGroup;
    }

    public void setTargetGroup(TargetGroup targetGroup) {
        this.targetGroup = targetGroup;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = trimmed(venue);
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public LocalDate getRegistrationOpens() {
        return registrationOpens;
    }

    public void setRegistrationOpens(LocalDate registrationOpens) {
        this.registrationOpens = registrationOpens;
    }

    public LocalDate getRegistrationCloses() {
        return registrationCloses;
    }

    public void setRegistrationCloses(LocalDate registrationCloses) {
        this.registrationCloses = registrationCloses;
    }

    public String getSeriesKey() {
        return seriesKey;
    }

    public void setSeriesKey(String seriesKey) {
        this.seriesKey = seriesKey;
    }
}
