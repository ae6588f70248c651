package lv.ludza.openup.events;

import static lv.ludza.openup.security.Role.ACCOUNTANT_ROLE;
import static lv.ludza.openup.security.Role.ADMIN_ROLE;
import static lv.ludza.openup.security.Role.AUDITOR_ROLE;
import static lv.ludza.openup.security.Role.COORDINATOR_ROLE;
import static lv.ludza.openup.security.Role.STAFF_ROLE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import lv.ludza.openup.documents.DocumentOwner;
import lv.ludza.openup.procurement.ExpenditureItem;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.shared.ConcurrentChangeException;
import lv.ludza.openup.shared.ListQuery;
import lv.ludza.openup.shared.PageRequest;
import lv.ludza.openup.shared.ProjectTime;
import lv.ludza.openup.shared.Records;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.RecordId;
import lv.ludza.openup.project.Project;
import lv.ludza.openup.security.PartnerScope;

/**
 * Events and what happens at them: agenda, registrations (capacity, waiting list), attendance per day and the
 * anonymous children counts. Everybody reads; staff keep their own partner's events, the coordinator and the
 * administrator everybody's.
 */
@Stateless
@RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE, ACCOUNTANT_ROLE, AUDITOR_ROLE })
public class EventService {

    static final ZoneId RIGA = ProjectTime.ZONE;

    /** at most this many events in one recurring series */
    static final int MAX_SERIES = 120;

    @jakarta.ejb.EJB
    private lv.ludza.openup.mail.ParticipantMails participantMails;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    private ListQuery<Event> list;

    @PostConstruct
    void init() {
        list = new ListQuery<>(em, Event.class, Set.of("title", "venue"), Set.of("type", "targetGroup"), "startDate",
                Set.of("partner"), Set.of("partner")).alsoSortedBy("startDate", "endDate");
    }

    public long count(Map<String, String> filters) {
        return list.count(filters);
    }

    public List<Event> page(PageRequest request) {
        return list.page(request);
    }

    public Optional<Event> find(@RecordId(Event.class) long id) {
        return em.createQuery("SELECT e FROM Event e JOIN FETCH e.partner JOIN FETCH e.project WHERE e.id = :id",
                Event.class).setParameter("id", id).getResultStream().findFirst();
    }

    /** The events of a project that run at some time between two days, for the calendar; filters may be null. */
    public List<Event> between(@RecordId(Project.class) long projectId, @NotNull LocalDate from, @NotNull LocalDate to, @RecordId(Partner.class) Long partnerId,
            EventType type) {
        return em.createQuery("SELECT e FROM Event e JOIN FETCH e.partner WHERE e.project.id = :project"
                + " AND e.startDate <= :to AND e.endDate >= :from"
                + " AND (:partner IS NULL OR e.partner.id = :partner) AND (:type IS NULL OR e.type = :type)"
                + " ORDER BY e.startDate, e.title", Event.class)
                .setParameter("project", projectId).setParameter("from", from).setParameter("to", to)
                .setParameter("partner", partnerId).setParameter("type", type).getResultList();
    }

    /**
     * Creates or changes an event.
     *
     * @throws RuleViolation {@code events.endBeforeStart}, {@code events.registrationWindow.*}, or
     *         {@code events.daysInUse} when the new dates would leave agenda lines, attendance or counts outside
     * @throws EJBAccessException when staff of one partner edit another partner's event
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE })
    public Event save(@NotNull @Valid Event event) {
        event.check();
        Partner partner = em.find(Partner.class, event.getPartner().getId());
        requireEventsOf(partner);
        event.setPartner(partner);
        if (event.isNew()) {
            event.setProject(partner.getProject());
        } else {
            Event stored = Records.current(em, Event.class, event.getId(), event.getVersion());
            requireEventsOf(stored.getPartner());
            event.setProject(stored.getProject());
            long outside = em.createQuery("SELECT COUNT(a) FROM AgendaItem a WHERE a.event.id = :id"
                    + " AND (a.day < :from OR a.day > :to)", Long.class).setParameter("id", event.getId())
                    .setParameter("from", event.getStartDate()).setParameter("to", event.getEndDate())
                    .getSingleResult()
                    + em.createQuery("SELECT COUNT(a) FROM Attendance a WHERE a.registration.event.id = :id"
                            + " AND (a.day < :from OR a.day > :to)", Long.class).setParameter("id", event.getId())
                            .setParameter("from", event.getStartDate()).setParameter("to", event.getEndDate())
                            .getSingleResult()
                    + em.createQuery("SELECT COUNT(c) FROM ChildrenSession c WHERE c.event.id = :id"
                            + " AND (c.day < :from OR c.day > :to)", Long.class).setParameter("id", event.getId())
                            .setParameter("from", event.getStartDate()).setParameter("to", event.getEndDate())
                            .getSingleResult();
            if (outside > 0) {
                throw RuleViolation.onField("endDate", "events.daysInUse", outside);
            }
        }
        return Records.save(em, event);
    }

    /**
     * Creates a recurring series in one step: copies of {@code first} every {@code everyDays} days (7 = weekly)
     * up to and including {@code until}; they share a series key.
     *
     * @return the events created, first to last
     * @throws RuleViolation {@code events.series.until} when {@code until} is before the first event, {@code
     *         events.series.tooMany} above {@value #MAX_SERIES} events
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE })
    public List<Event> createSeries(@NotNull @Valid Event first, @NotNull LocalDate until, int everyDays) {
        first.check();
        if (!first.isNew()) {
            throw new IllegalArgumentException("a series starts from a new event");
        }
        if (until.isBefore(first.getStartDate())) {
            throw RuleViolation.onField("until", "events.series.until");
        }
        if (everyDays < 1) {
            throw RuleViolation.onField("everyDays", "events.series.every");
        }
        long count = ChronoUnit.DAYS.between(first.getStartDate(), until) / everyDays + 1;
        if (count > MAX_SERIES) {
            throw RuleViolation.onField("until", "events.series.tooMany", count, MAX_SERIES);
        }
        Partner partner = em.find(Partner.class, first.getPartner().getId());
        requireEventsOf(partner);
        String key = UUID.randomUUID().toString();
        long length = ChronoUnit.DAYS.between(first.getStartDate(), first.getEndDate());
        List<Event> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate start = first.getStartDate().plusDays((long) i * everyDays);
            Event copy = new Event(partner.getProject(), partner, first.getType(), first.getTitle(), start,
                    start.plusDays(length));
            copy.setTargetGroup(first.getTargetGroup());
            copy.setVenue(first.getVenue());
            copy.setCapacity(first.getCapacity());
            copy.setSeriesKey(key);
            em.persist(copy);
            created.add(copy);
        }
        em.flush();
        return created;
    }

    /**
     * Deletes an event with everything recorded at it.
     *
     * @throws RuleViolation {@code events.hasDocuments} while documents are attached
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE })
    public void delete(@RecordId(Event.class) long id, long version) {
        Event event = Records.current(em, Event.class, id, version);
        requireEventsOf(event.getPartner());
        long documents = em.createNamedQuery("Document.countOf", Long.class)
                .setParameter("owner", DocumentOwner.EVENT).setParameter("ownerId", id).getSingleResult();
        if (documents > 0) {
            throw new RuleViolation("events.hasDocuments", documents);
        }
        em.createQuery("DELETE FROM Attendance a WHERE a.registration.id IN"
                + " (SELECT r.id FROM Registration r WHERE r.event.id = :id)").setParameter("id", id).executeUpdate();
        for (String entity : List.of("Registration", "AgendaItem", "ChildrenSession", "EventCost")) {
            em.createQuery("DELETE FROM " + entity + " x WHERE x.event.id = :id").setParameter("id", id)
                    .executeUpdate();
        }
        em.remove(event);
    }

    // ---- agenda ----

    public List<AgendaItem> agenda(@RecordId(Event.class) long eventId) {
        return em.createQuery("SELECT a FROM AgendaItem a WHERE a.event.id = :id"
                + " ORDER BY a.day, a.startsAt NULLS FIRST, a.id", AgendaItem.class)
                .setParameter("id", eventId).getResultList();
    }

    /** @throws RuleViolation {@code events.notRunning} for a day the event does not run */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE })
    public AgendaItem addAgendaItem(@RecordId(Event.class) long eventId, @NotNull @Valid AgendaItem item) {
        Event event = editable(eventId);
        event.requireDay(item.getDay(), "day");
        item.setEvent(event);
        em.persist(item);
        em.flush();
        return item;
    }

    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE })
    public void removeAgendaItem(@RecordId(AgendaItem.class) long itemId) {
        AgendaItem item = em.find(AgendaItem.class, itemId);
        if (item != null) {
            requireEventsOf(item.getEvent().getPartner());
            em.remove(item);
        }
    }

    // ---- registrations ----

    /** An event's registrations: seats first, then the waiting list, each in the order they came. */
    public List<Registration> registrations(@RecordId(Event.class) long eventId) {
        return em.createQuery("SELECT r FROM Registration r LEFT JOIN FETCH r.partner WHERE r.event.id = :id ORDER BY"
                + " CASE r.status WHEN lv.ludza.openup.events.RegistrationStatus.CONFIRMED THEN 0"
                + " WHEN lv.ludza.openup.events.RegistrationStatus.WAITING THEN 1 ELSE 2 END,"
                + " r.registeredAt, r.id", Registration.class).setParameter("id", eventId).getResultList();
    }

    /**
     * Registers an adult. A seat while there is one, else a place on the waiting list (not an error). Two
     * registrations at the same moment cannot both take the last seat: the event's row is locked while the
     * seats are counted.
     *
     * @throws RuleViolation {@code events.registration.closed} outside the registration window, {@code
     *         events.registration.duplicate} when the person is already registered, {@code
     *         events.registration.childrenEvent} for a children's activity (those record counts, not names)
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE })
    public Registration register(@RecordId(Event.class) long eventId, @NotNull @Valid Registration registration) {
        if (!registration.isNew()) {
            throw new IllegalArgumentException("already registered");
        }
        Event event = em.find(Event.class, eventId, LockModeType.PESSIMISTIC_WRITE);
        if (event == null) {
            throw new RuleViolation("error.recordDeleted");
        }
        requireEventsOf(event.getPartner());
        if (event.getTargetGroup() == TargetGroup.CHILDREN) {
            throw new RuleViolation("events.registration.childrenEvent");
        }
        event.requireRegistrationOpen(LocalDate.now(RIGA));
        List<Registration> active = em.createQuery("SELECT r FROM Registration r WHERE r.event.id = :id"
                + " AND r.status <> lv.ludza.openup.events.RegistrationStatus.CANCELLED", Registration.class)
                .setParameter("id", eventId).getResultList();
        active.stream().filter(registration::isSamePersonAs).findFirst().ifPresent(other -> {
            boolean sameEmail = registration.getEmail() != null && registration.getEmail().equalsIgnoreCase(
                    other.getEmail());
            throw RuleViolation.onField(sameEmail ? "email" : "name", "events.registration.duplicate",
                    registration.getName());
        });
        long confirmed = active.stream().filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED).count();
        registration.setStatus(event.hasSeatFor(confirmed) ? RegistrationStatus.CONFIRMED
                : RegistrationStatus.WAITING);
        registration.setEvent(event);
        if (registration.getPartner() != null) {
            registration.setPartner(em.find(Partner.class, registration.getPartner().getId()));
        }
        if (registration.getConsentDate() == null) {
            registration.setConsentDate(LocalDate.now(RIGA));
        }
        if (registration.getConsentVersion() == null) {
            // the version of the consent text valid that day: the one the registration form showed
            registration.setConsentVersion(em.createNamedQuery("ConsentText.validOn",
                    lv.ludza.openup.privacy.ConsentText.class).setParameter("day", registration.getConsentDate())
                    .setMaxResults(1).getResultStream().findFirst().map(lv.ludza.openup.privacy.ConsentText::getVersion)
                    .orElse(null));
        }
        registration.setRegisteredAt(Instant.now());
        em.persist(registration);
        em.flush();
        participantMails.registered(registration);
        return registration;
    }

    /**
     * Cancels a registration; when it held a seat, the first on the waiting list gets it.
     *
     * @return the registration promoted from the waiting list, if any
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE })
    public Optional<Registration> cancel(@RecordId(Registration.class) long registrationId, long version) {
        Registration registration = Records.current(em, Registration.class, registrationId, version);
        Event event = registration.getEvent();
        em.lock(event, LockModeType.PESSIMISTIC_WRITE);
        requireEventsOf(event.getPartner());
        boolean heldSeat = registration.getStatus() == RegistrationStatus.CONFIRMED;
        registration.setStatus(RegistrationStatus.CANCELLED);
        em.createQuery("DELETE FROM Attendance a WHERE a.registration.id = :id").setParameter("id", registrationId)
                .executeUpdate();
        Optional<Registration> promoted = Optional.empty();
        if (heldSeat) {
            promoted = em.createQuery("SELECT r FROM Registration r WHERE r.event.id = :id"
                    + " AND r.status = lv.ludza.openup.events.RegistrationStatus.WAITING"
                    + " ORDER BY r.registeredAt, r.id", Registration.class)
                    .setParameter("id", event.getId()).setMaxResults(1).getResultStream().findFirst();
            promoted.ifPresent(next -> next.setStatus(RegistrationStatus.CONFIRMED));
        }
        em.flush();
        participantMails.cancelled(registration);
        promoted.ifPresent(participantMails::promoted);
        return promoted;
    }

    /** A registration with its event and the event's partner and project. */
    public Optional<Registration> findRegistration(@RecordId(Registration.class) long registrationId) {
        return em.createQuery("SELECT r FROM Registration r JOIN FETCH r.event e JOIN FETCH e.partner"
                + " JOIN FETCH e.project WHERE r.id = :id", Registration.class).setParameter("id", registrationId)
                .getResultStream().findFirst();
    }

    // ---- attendance ----

    /** Who was there on which day: the checked-in registrations of an event. */
    public List<Attendance> attendance(@RecordId(Event.class) long eventId) {
        return em.createQuery("SELECT a FROM Attendance a JOIN FETCH a.registration r WHERE r.event.id = :id"
                + " ORDER BY a.day, r.name", Attendance.class).setParameter("id", eventId).getResultList();
    }

    /**
     * Checks a participant in on one day; doing it twice changes nothing.
     *
     * @throws RuleViolation {@code events.notRunning} for a day the event does not run, {@code
     *         events.checkIn.notConfirmed} for a registration without a seat
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE })
    public void checkIn(@RecordId(Registration.class) long registrationId, @NotNull LocalDate day) {
        Registration registration = em.find(Registration.class, registrationId);
        if (registration == null) {
            throw new RuleViolation("error.recordDeleted");
        }
        requireEventsOf(registration.getEvent().getPartner());
        registration.getEvent().requireDay(day, "day");
        if (registration.getStatus() != RegistrationStatus.CONFIRMED) {
            throw new RuleViolation("events.checkIn.notConfirmed", registration.getName());
        }
        long already = em.createQuery("SELECT COUNT(a) FROM Attendance a WHERE a.registration.id = :id"
                + " AND a.day = :day", Long.class).setParameter("id", registrationId).setParameter("day", day)
                .getSingleResult();
        if (already == 0) {
            em.persist(new Attendance(registration, day));
            em.flush();
        }
    }

    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE })
    public void undoCheckIn(@RecordId(Registration.class) long registrationId, @NotNull LocalDate day) {
        Registration registration = em.find(Registration.class, registrationId);
        if (registration == null) {
            return;
        }
        requireEventsOf(registration.getEvent().getPartner());
        em.createQuery("DELETE FROM Attendance a WHERE a.registration.id = :id AND a.day = :day")
                .setParameter("id", registrationId).setParameter("day", day).executeUpdate();
    }

    // ---- children ----

    public List<ChildrenSession> childrenSessions(@RecordId(Event.class) long eventId) {
        return em.createQuery("SELECT c FROM ChildrenSession c WHERE c.event.id = :id ORDER BY c.day",
                ChildrenSession.class).setParameter("id", eventId).getResultList();
    }

    /**
     * Records (or corrects) the children counts of one day of an event.
     *
     * @throws RuleViolation {@code events.notRunning}, {@code events.children.*}, {@code
     *         events.children.dayTaken} when that day already has counts
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE })
    public ChildrenSession recordChildren(@RecordId(Event.class) long eventId, @NotNull ChildrenSession session) {
        session.check(); // the same rules as its constraints, each with its field
        Event event = editable(eventId);
        event.requireDay(session.getDay(), "day");
        boolean taken = em.createQuery("SELECT c FROM ChildrenSession c WHERE c.event.id = :id AND c.day = :day",
                ChildrenSession.class).setParameter("id", eventId).setParameter("day", session.getDay())
                .getResultStream().anyMatch(other -> !other.getId().equals(session.getId()));
        if (taken) {
            throw RuleViolation.onField("day", "events.children.dayTaken", session.getDay());
        }
        session.setEvent(event);
        return Records.save(em, session);
    }

    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE })
    public void deleteChildren(@RecordId(ChildrenSession.class) long sessionId, long version) {
        ChildrenSession session = Records.current(em, ChildrenSession.class, sessionId, version);
        requireEventsOf(session.getEvent().getPartner());
        em.remove(session);
    }

    // ---- costs ----

    /** The expenditure items linked to an event, with their partner and budget line. */
    public List<EventCost> costs(@RecordId(Event.class) long eventId) {
        return em.createQuery("SELECT c FROM EventCost c JOIN FETCH c.item i WHERE c.event.id = :id"
                + " ORDER BY i.documentDate, i.id", EventCost.class).setParameter("id", eventId).getResultList();
    }

    /** The organising partner's expenditure items not yet linked to this event, newest first, to choose from. */
    public List<ExpenditureItem> linkableCosts(@RecordId(Event.class) long eventId) {
        return em.createQuery("SELECT i FROM ExpenditureItem i, Event e WHERE e.id = :id AND i.partner = e.partner"
                + " AND NOT EXISTS (SELECT c FROM EventCost c WHERE c.event = e AND c.item = i)"
                + " ORDER BY i.documentDate DESC, i.id DESC", ExpenditureItem.class).setParameter("id", eventId)
                .setMaxResults(200).getResultList();
    }

    /**
     * Links an expenditure item of the organising partner to the event.
     *
     * @throws RuleViolation {@code events.cost.otherPartner} for another partner's item, {@code events.cost.linked}
     *         when it is linked already
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE })
    public EventCost linkCost(@RecordId(Event.class) long eventId, @RecordId(ExpenditureItem.class) long expenditureItemId) {
        Event event = editable(eventId);
        ExpenditureItem item = em.find(ExpenditureItem.class, expenditureItemId);
        if (item == null) {
            throw new RuleViolation("error.recordDeleted");
        }
        if (!item.getPartner().getId().equals(event.getPartner().getId())) {
            throw RuleViolation.onField("cost", "events.cost.otherPartner", item.getPartner().getShortName());
        }
        if (costs(eventId).stream().anyMatch(c -> c.getItem().getId().equals(expenditureItemId))) {
            throw RuleViolation.onField("cost", "events.cost.linked");
        }
        EventCost cost = new EventCost(event, item);
        em.persist(cost);
        em.flush();
        return cost;
    }

    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE })
    public void unlinkCost(@RecordId(EventCost.class) long costId) {
        EventCost cost = em.find(EventCost.class, costId);
        if (cost != null) {
            requireEventsOf(cost.getEvent().getPartner());
            em.remove(cost);
        }
    }

    // ---- who may ----

    private Event editable(long eventId) {
        Event event = em.find(Event.class, eventId);
        if (event == null) {
            throw new RuleViolation("error.recordDeleted");
        }
        requireEventsOf(event.getPartner());
        return event;
    }

    /** Staff keep their own partner's events; the coordinator and the administrator everybody's. */
    private void requireEventsOf(Partner partner) {
        PartnerScope.requireRecordsOf(em, context, partner);
    }
}
