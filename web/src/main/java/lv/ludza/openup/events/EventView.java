package lv.ludza.openup.events;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.audit.HistoryEntry;
import lv.ludza.openup.audit.HistoryService;
import lv.ludza.openup.procurement.Choices;
import lv.ludza.openup.project.CurrentProject;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.security.CurrentUser;
import lv.ludza.openup.security.Rights;
import lv.ludza.openup.security.Role;
import lv.ludza.openup.shared.Feedback;
import lv.ludza.openup.shared.Navigation;
import lv.ludza.openup.shared.ProjectTime;

/**
 * One event: its details, agenda, registrations with the waiting list, check-in per day, children counts,
 * documents and history; a new event may be created as a recurring series.
 */
@Named
@ViewScoped
public class EventView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EventService events;

    @Inject
    private Rights rights;

    @Inject
    private HistoryService history;

    @Inject
    private Choices choices;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private CurrentProject currentProject;

    @Inject
    private lv.ludza.openup.privacy.PrivacyService privacy;

    private Long id;
    private Event event;
    private Long partnerId;
    private List<HistoryEntry> entries = List.of();
    private List<AgendaItem> agenda = List.of();
    private List<Registration> registrations = List.of();
    private List<ChildrenSession> sessions = List.of();
    private Set<Long> present = new HashSet<>();
    private Set<Long> attended = new HashSet<>();

    private boolean series;
    private LocalDate seriesUntil;
    private int seriesEvery = 7;

    private AgendaItem newItem = new AgendaItem();
    private Registration newRegistration = new Registration();
    private Long newRegistrationPartnerId;
    private ChildrenSession newSession = new ChildrenSession();
    private LocalDate day;
    private List<EventCost> costs = List.of();
    private List<lv.ludza.openup.procurement.ExpenditureItem> linkable = List.of();
    private Long costItemId;

    /** f:viewAction: the event named in the URL, or a new one. */
    public void load() throws IOException {
        if (id == null) {
            event = new Event();
            partnerId = choices.getRecordPartners().stream().findFirst().map(Partner::getId).orElse(null);
            event.setStartDate(null);
            return;
        }
        event = events.find(id).orElse(null);
        if (event == null) {
            Navigation.notFound();
            return;
        }
        partnerId = event.getPartner().getId();
        day = event.runsOn(LocalDate.now(lv.ludza.openup.shared.ProjectTime.ZONE)) ? LocalDate.now(lv.ludza.openup.shared.ProjectTime.ZONE) : event.getStartDate();
        refresh();
    }

    private void refresh() {
        entries = history.historyOf(Event.class, event.getId());
        agenda = events.agenda(event.getId());
        registrations = events.registrations(event.getId());
        sessions = events.childrenSessions(event.getId());
        costs = events.costs(event.getId());
        linkable = events.linkableCosts(event.getId());
        costItemId = null;
        refreshPresent();
        newItem = new AgendaItem();
        newItem.setDay(event.getStartDate());
        newSession = new ChildrenSession();
        newSession.setDay(day);
    }

    private void refreshPresent() {
        present = new HashSet<>();
        attended = new HashSet<>();
        for (Attendance attendance : events.attendance(event.getId())) {
            attended.add(attendance.getRegistration().getId());
            if (attendance.getDay().equals(day)) {
                present.add(attendance.getRegistration().getId());
            }
        }
    }

    /** Saves; a new event (or series) opens its own page, where the agenda and registrations follow. */
    public String save() {
        boolean isNew = event.isNew();
        event.setPartner(partnerId == null ? null : choices.partner(partnerId));
        if (!Feedback.validate(event)) {
            return null;
        }
        if (isNew && series) {
            if (seriesUntil == null) {
                Feedback.fieldError("until", "events.series.until");
                return null;
            }
            List<Event> created = new java.util.ArrayList<>();
            if (Feedback.attempt(() -> created.addAll(events.createSeries(event, seriesUntil, seriesEvery)))) {
                Feedback.info("events.seriesCreated", created.size(), event.getTitle());
                lv.ludza.openup.shared.DateRange period = projectPeriod();
                created.stream().filter(e -> !e.isWithin(period)).findFirst().ifPresent(this::warnIfOutsideProject);
                return opened(created.get(0));
            }
            return null;
        }
        Event[] saved = new Event[1];
        if (Feedback.attempt(() -> saved[0] = events.save(event))) {
            Feedback.info(isNew ? "events.created" : "events.saved", event.getTitle());
            warnIfOutsideProject(saved[0]);
            if (isNew) {
                return opened(saved[0]);
            }
            event = events.find(saved[0].getId()).orElseThrow();
            if (day == null || !event.runsOn(day)) {
                day = event.getStartDate();
            }
            refresh();
        }
        return null;
    }

    /** Saved all the same, but an event outside the project's period does not count in its indicators: say so. */
    private void warnIfOutsideProject(Event saved) {
        lv.ludza.openup.shared.DateRange period = projectPeriod();
        if (period != null && !saved.isWithin(period)) {
            Feedback.warn("events.outsideProject", lv.ludza.openup.shared.Formats.period(period,
                    lv.ludza.openup.shared.Texts.currentLocale()));
        }
    }

    private lv.ludza.openup.shared.DateRange projectPeriod() {
        return currentProject.load().map(lv.ludza.openup.project.Project::getPeriod).orElse(null);
    }

    private static String opened(Event saved) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/events/event?faces-redirect=true&id=" + saved.getId();
    }

    public String delete() {
        if (Feedback.attempt(() -> events.delete(event.getId(), event.getVersion()))) {
            Feedback.info("events.deleted", event.getTitle());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/events/events?faces-redirect=true";
        }
        return null;
    }

    public void addAgendaItem() {
        if (Feedback.validate(newItem) && Feedback.attempt(() -> events.addAgendaItem(event.getId(), newItem))) {
            Feedback.info("events.agenda.added", newItem.getTitle());
            LocalDate lastDay = newItem.getDay();
            refresh();
            newItem.setDay(lastDay);
        }
    }

    public void removeAgendaItem(AgendaItem item) {
        if (Feedback.attempt(() -> events.removeAgendaItem(item.getId()))) {
            refresh();
        }
    }

    public void register() {
        newRegistration.setPartner(newRegistrationPartnerId == null ? null : choices.partner(newRegistrationPartnerId));
        Registration[] saved = new Registration[1];
        if (Feedback.validate(newRegistration)
                && Feedback.attempt(() -> saved[0] = events.register(event.getId(), newRegistration))) {
            Feedback.info(saved[0].getStatus() == RegistrationStatus.WAITING ? "events.registration.waiting"
                    : "events.registration.confirmed", saved[0].getName());
            newRegistration = new Registration();
            newRegistrationPartnerId = null;
            refresh();
        }
    }

    public void cancel(Registration registration) {
        Registration[] promoted = new Registration[1];
        if (Feedback.attempt(() -> promoted[0] = events.cancel(registration.getId(), registration.getVersion())
                .orElse(null))) {
            Feedback.info("events.registration.cancelled", registration.getName());
            if (promoted[0] != null) {
                Feedback.info("events.registration.promoted", promoted[0].getName());
            }
            refresh();
        }
    }

    public void checkIn(Registration registration) {
        if (Feedback.attempt(() -> events.checkIn(registration.getId(), day))) {
            refreshPresent();
        }
    }

    public void undoCheckIn(Registration registration) {
        if (Feedback.attempt(() -> events.undoCheckIn(registration.getId(), day))) {
            refreshPresent();
        }
    }

    public void dayChanged() {
        refreshPresent();
        newSession.setDay(day);
    }

    public void recordChildren() {
        if (Feedback.validate(newSession) && Feedback.attempt(() -> events.recordChildren(event.getId(), newSession))) {
            Feedback.info("events.children.recorded", newSession.getPresent());
            refresh();
        }
    }

    public void deleteChildren(ChildrenSession session) {
        if (Feedback.attempt(() -> events.deleteChildren(session.getId(), session.getVersion()))) {
            refresh();
        }
    }

    public void linkCost() {
        if (costItemId == null) {
            Feedback.fieldError("cost", "events.cost.choose");
            return;
        }
        if (Feedback.attempt(() -> events.linkCost(event.getId(), costItemId))) {
            refresh();
        }
    }

    public void unlinkCost(EventCost cost) {
        if (Feedback.attempt(() -> events.unlinkCost(cost.getId()))) {
            refresh();
        }
    }

    public lv.ludza.openup.shared.Money getCostTotal() {
        return costs.stream().map(c -> c.getItem().getAmount()).reduce(lv.ludza.openup.shared.Money.ZERO,
                lv.ludza.openup.shared.Money::plus);
    }

    public List<EventCost> getCosts() {
        return costs;
    }

    public List<lv.ludza.openup.procurement.ExpenditureItem> getLinkable() {
        return linkable;
    }

    public Long getCostItemId() {
        return costItemId;
    }

    public void setCostItemId(Long costItemId) {
        this.costItemId = costItemId;
    }

    /** Whether the user may change this event (the service decides again on every change). */
    public boolean isEditable() {
        if (event == null) {
            return false;
        }
        return rights.records(event.isNew() ? null : event.getPartner());
    }

    /** Whether the participant was there on any day (a certificate can be printed). */
    public boolean hasAttended(Registration registration) {
        return attended.contains(registration.getId());
    }

    public boolean isPresent(Registration registration) {
        return present.contains(registration.getId());
    }

    public long getConfirmedCount() {
        return registrations.stream().filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED).count();
    }

    public long getWaitingCount() {
        return registrations.stream().filter(r -> r.getStatus() == RegistrationStatus.WAITING).count();
    }

    public int getPresentCount() {
        return present.size();
    }

    public boolean isForChildren() {
        return event != null && event.getTargetGroup() == TargetGroup.CHILDREN;
    }

    public String getSignatureSheetUrl() {
        return "/export/events/signatures.pdf?event=" + event.getId() + "&day=" + day;
    }

    public EventType[] getTypes() {
        return EventType.values();
    }

    public TargetGroup[] getTargetGroups() {
        return TargetGroup.values();
    }

    /** The languages a participant's mails can be written in. */
    public lv.ludza.openup.security.Language[] getLanguages() {
        return lv.ludza.openup.security.Language.values();
    }

    public List<Partner> getPartners() {
        return choices.getPartners();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Event getEvent() {
        return event;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public List<HistoryEntry> getEntries() {
        return entries;
    }

    public List<AgendaItem> getAgenda() {
        return agenda;
    }

    public List<Registration> getRegistrations() {
        return registrations;
    }

    public List<ChildrenSession> getSessions() {
        return sessions;
    }

    public boolean isSeries() {
        return series;
    }

    public void setSeries(boolean series) {
        this.series = series;
    }

    public LocalDate getSeriesUntil() {
        return seriesUntil;
    }

    public void setSeriesUntil(LocalDate seriesUntil) {
        this.seriesUntil = seriesUntil;
    }

    public int getSeriesEvery() {
        return seriesEvery;
    }

    public void setSeriesEvery(int seriesEvery) {
        this.seriesEvery = seriesEvery;
    }

    public AgendaItem getNewItem() {
        return newItem;
    }

    /** The consent text a registration agrees to today, in the page's language (its version is kept with it). */
    public String getConsentText() {
        return privacy.currentConsent().text(lv.ludza.openup.shared.Texts.currentLocale());
    }

    public Registration getNewRegistration() {
        return newRegistration;
    }

    public Long getNewRegistrationPartnerId() {
        return newRegistrationPartnerId;
    }

    public void setNewRegistrationPartnerId(Long newRegistrationPartnerId) {
        this.newRegistrationPartnerId = newRegistrationPartnerId;
    }

    public ChildrenSession getNewSession() {
        return newSession;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public Long getProjectId() {
        return currentProject.getId();
    }
}
