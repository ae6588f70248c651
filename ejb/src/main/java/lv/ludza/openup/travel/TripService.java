package lv.ludza.openup.travel;

import static lv.ludza.openup.security.Role.ACCOUNTANT_ROLE;
import static lv.ludza.openup.security.Role.ADMIN_ROLE;
import static lv.ludza.openup.security.Role.AUDITOR_ROLE;
import static lv.ludza.openup.security.Role.COORDINATOR_ROLE;
import static lv.ludza.openup.security.Role.STAFF_ROLE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.hibernate.Hibernate;

import lv.ludza.openup.documents.DocumentOwner;
import lv.ludza.openup.procurement.ExpenditureService;
import lv.ludza.openup.project.CostCategory;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.security.PartnerScope;
import lv.ludza.openup.shared.ConcurrentChangeException;
import lv.ludza.openup.shared.ListQuery;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.PageRequest;
import lv.ludza.openup.shared.ProjectTime;
import lv.ludza.openup.shared.Records;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.RecordId;

/**
 * Study trips from plan to settlement. Everybody reads. Staff manage the trips their partner organises (the
 * coordinator and the administrator every trip): itinerary, participants, travel orders and expenses. Approving an
 * order and its settlement is for the people who keep the employer's money (its accountants, the lead partner's
 * accountants, the coordinator); an approved settlement declares the per diem and each expense on the employer's
 * travel and accommodation budget line.
 */
@Stateless
@RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE, ACCOUNTANT_ROLE, AUDITOR_ROLE })
public class TripService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private PerDiemService perDiems;

    @EJB
    private ExpenditureService expenditure;

    private ListQuery<Trip> list;

    @PostConstruct
    void init() {
        list = new ListQuery<>(em, Trip.class, Set.of("title", "destinationCity"), Set.of("destinationCountry"),
                "startsOn", Set.of("organiser"), Set.of("organiser"))
                .alsoSortedBy("startsOn", "endsOn")
                .filteredBy("destinationCity", TripService::goesTo);
    }

    /** The first destination's city, or any further destination's, contains the text. */
    private static Predicate goesTo(CriteriaBuilder cb, AbstractQuery<?> query, Root<Trip> trip, String city) {
        Subquery<Long> further = query.subquery(Long.class);
        Root<Destination> destination = further.from(Destination.class);
        further.select(destination.get("id")).where(cb.equal(destination.get("trip"), trip),
                ListQuery.contains(cb, destination.get("city"), city));
        return cb.or(ListQuery.contains(cb, trip.get("destinationCity"), city), cb.exists(further));
    }

    public long count(Map<String, String> filters) {
        return list.count(filters);
    }

    /** A page of trips with their organiser: one statement whatever the page size. */
    public List<Trip> page(PageRequest request) {
        return list.page(request);
    }

    public Optional<Trip> find(@RecordId(Trip.class) long id) {
        return em.createNamedQuery("Trip.find", Trip.class).setParameter("id", id).getResultStream().findFirst();
    }

    /**
     * @throws RuleViolation {@code travel.trip.returnBeforeDeparture}, {@code travel.trip.outsideItinerary},
     *         {@code travel.trip.outsideDestination} when new dates would leave a further destination outside
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE })
    public Trip save(@NotNull @Valid Trip trip) {
        Partner organiser = em.find(Partner.class, trip.getOrganiser().getId());
        requireManagerOf(organiser);
        if (!trip.isNew()) {
            requireManagerOf(em.find(Trip.class, trip.getId()).getOrganiser());
        }
        trip.check();
        if (!trip.isNew()) {
            for (ItineraryItem item : itinerary(trip.getId())) {
                if (item.getDay().isBefore(trip.getStartsOn()) || item.getDay().isAfter(trip.getEndsOn())) {
                    throw RuleViolation.onField("endsOn", "travel.trip.outsideItinerary", item.getDay());
                }
            }
            for (Destination destination : destinations(trip.getId())) {
                if (!destination.getArriveOn().isAfter(trip.getStartsOn())
                        || destination.getArriveOn().isAfter(trip.getEndsOn())) {
                    throw RuleViolation.onField("endsOn", "travel.trip.outsideDestination", destination.getCity(),
                            destination.getArriveOn());
                }
            }
        }
        return Records.save(em, trip);
    }

    /** @throws RuleViolation {@code travel.trip.hasParticipants} while people are on it */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE })
    public void delete(@RecordId(Trip.class) long id, long version) {
        Trip trip = em.find(Trip.class, id);
        if (trip == null) {
            return;
        }
        if (trip.getVersion() != version) {
            throw new ConcurrentChangeException(trip.getUpdatedBy());
        }
        requireManagerOf(trip.getOrganiser());
        if (!participants(id).isEmpty()) {
            throw new RuleViolation("travel.trip.hasParticipants");
        }
        itinerary(id).forEach(em::remove);
        destinations(id).forEach(em::remove);
        em.remove(trip);
    }

    public List<ItineraryItem> itinerary(@RecordId(Trip.class) long tripId) {
        return em.createNamedQuery("ItineraryItem.ofTrip", ItineraryItem.class).setParameter("trip", tripId)
                .getResultList();
    }

    /** @throws RuleViolation {@code travel.itinerary.outsideTrip}, {@code travel.itinerary.endsBeforeStart} */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE })
    public ItineraryItem saveItem(@RecordId(Trip.class) long tripId, @NotNull @Valid ItineraryItem item) {
        Trip trip = requireTrip(tripId);
        requireManagerOf(trip.getOrganiser());
        item.setTrip(trip);
        item.check();
        return Records.save(em, item);
    }

    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE })
    public void deleteItem(@RecordId(ItineraryItem.class) long id, long version) {
        ItineraryItem item = Records.current(em, ItineraryItem.class, id, version);
        requireManagerOf(item.getTrip().getOrganiser());
        em.remove(item);
    }

    /** The trip's further destinations after its first one, in the order they are reached. */
    public List<Destination> destinations(@RecordId(Trip.class) long tripId) {
        return em.createNamedQuery("Destination.ofTrip", Destination.class).setParameter("trip", tripId)
                .getResultList();
    }

    /** The further destinations of several trips (e.g. a page of the list) in one query, by trip id. */
    public Map<Long, List<Destination>> destinationsOf(@NotNull @RecordId(Trip.class) Collection<Long> tripIds) {
        Map<Long, List<Destination>> byTrip = new HashMap<>();
        tripIds.forEach(id -> byTrip.put(id, new ArrayList<>()));
        if (!tripIds.isEmpty()) {
            em.createNamedQuery("Destination.ofTrips", Destination.class).setParameter("trips", tripIds)
                    .getResultStream().forEach(d -> byTrip.get(d.getTrip().getId()).add(d));
        }
        return byTrip;
    }

    /**
     * @throws RuleViolation {@code travel.destination.outsideTrip}, {@code travel.destination.twice},
     *         {@code travel.order.settled} when a settled order's per diem would change with it
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE })
    public Destination saveDestination(@RecordId(Trip.class) long tripId, @NotNull @Valid Destination destination) {
        Trip trip = requireTrip(tripId);
        requireManagerOf(trip.getOrganiser());
        destination.setTrip(trip);
        destination.check(destinations(tripId));
        requireNoneSettled(tripId);
        return Records.save(em, destination);
    }

    /** @throws RuleViolation {@code travel.order.settled} when a settled order's per diem would change with it */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE })
    public void deleteDestination(@RecordId(Destination.class) long id, long version) {
        Destination destination = Records.current(em, Destination.class, id, version);
        requireManagerOf(destination.getTrip().getOrganiser());
        requireNoneSettled(destination.getTrip().getId());
        em.remove(destination);
    }

    private void requireNoneSettled(long tripId) {
        if (orders(tripId).stream().anyMatch(TravelOrder::isSettled)) {
            throw new RuleViolation("travel.destination.settled");
        }
    }

    public List<Participant> participants(@RecordId(Trip.class) long tripId) {
        return em.createNamedQuery("Participant.ofTrip", Participant.class).setParameter("trip", tripId)
                .getResultList();
    }

    /** @throws RuleViolation {@code travel.participant.twice} when the same person of the same employer is on it */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE })
    public Participant saveParticipant(@RecordId(Trip.class) long tripId, @NotNull @Valid Participant participant) {
        Trip trip = requireTrip(tripId);
        requireManagerOf(trip.getOrganiser());
        Partner employer = em.find(Partner.class, participant.getEmployer().getId());
        if (employer == null || !employer.getProject().getId().equals(trip.getOrganiser().getProject().getId())) {
            throw RuleViolation.onField("employer", "travel.participant.employer.required");
        }
        long same = em.createNamedQuery("Participant.sameName", Long.class).setParameter("trip", tripId)
                .setParameter("name", participant.getName()).setParameter("employer", employer.getId())
                .setParameter("except", participant.isNew() ? -1L : participant.getId()).getSingleResult();
        if (same > 0) {
            throw RuleViolation.onField("name", "travel.participant.twice", participant.getName(),
                    employer.getShortName());
        }
        participant.setTrip(trip);
        participant.setEmployer(employer);
        return Records.save(em, participant);
    }

    /** @throws RuleViolation {@code travel.participant.hasOrder} once a travel order is issued */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE })
    public void deleteParticipant(@RecordId(Participant.class) long id, long version) {
        Participant participant = Records.current(em, Participant.class, id, version);
        requireManagerOf(participant.getTrip().getOrganiser());
        if (em.createNamedQuery("TravelOrder.ofParticipant", TravelOrder.class).setParameter("participant", id)
                .getResultStream().findFirst().isPresent()) {
            throw new RuleViolation("travel.participant.hasOrder", participant.getName());
        }
        em.remove(participant);
    }

    /** The trip's travel orders with their participants and employers. */
    public List<TravelOrder> orders(@RecordId(Trip.class) long tripId) {
        return em.createNamedQuery("TravelOrder.ofTrip", TravelOrder.class).setParameter("trip", tripId)
                .getResultList();
    }

    /** An order with its participant, trip, employer and days. */
    public Optional<TravelOrder> findOrder(@RecordId(TravelOrder.class) long id) {
        Optional<TravelOrder> order = em.createNamedQuery("TravelOrder.find", TravelOrder.class)
                .setParameter("id", id).getResultStream().findFirst();
        order.ifPresent(o -> Hibernate.initialize(o.getDays()));
        return order;
    }

    /**
     * Issues the travel order of a participant, with the trip's dates, destination and purpose.
     *
     * @throws RuleViolation {@code travel.order.exists} when the participant has one
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE })
    public TravelOrder issueOrder(@RecordId(Participant.class) long participantId, @NotNull String number) {
        Participant participant = em.find(Participant.class, participantId);
        if (participant == null) {
            throw new RuleViolation("error.recordDeleted");
        }
        requireManagerOf(participant.getTrip().getOrganiser());
        if (em.createNamedQuery("TravelOrder.ofParticipant", TravelOrder.class)
                .setParameter("participant", participantId).getResultStream().findFirst().isPresent()) {
            throw new RuleViolation("travel.order.exists", participant.getName());
        }
        TravelOrder order = new TravelOrder(participant, number);
        order.check();
        em.persist(order);
        em.flush();
        return order;
    }

    /**
     * Saves an order's dates, destination, advance and provided meals, as it was shown.
     *
     * @throws RuleViolation {@code travel.order.returnBeforeDeparture}, {@code travel.order.advance.negative},
     *         {@code travel.order.advancePaidOn.required}, {@code travel.order.settled},
     *         {@code travel.order.expenseOutside} when an expense would fall outside the new dates
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE, ACCOUNTANT_ROLE })
    public TravelOrder saveOrder(@NotNull @Valid TravelOrder order) {
        TravelOrder current = Records.current(em, TravelOrder.class, order.getId(), order.getVersion());
        requireOrderKeeper(current);
        if (current.isSettled()) {
            throw new RuleViolation("travel.order.settled");
        }
        order.check();
        for (TravelExpense expense : expenses(order.getId())) {
            if (expense.getSpentOn().isBefore(order.getDepartureOn())
                    || expense.getSpentOn().isAfter(order.getReturnOn())) {
                throw RuleViolation.onField("returnOn", "travel.order.expenseOutside", expense.getSpentOn());
            }
        }
        TravelOrder saved = Records.save(em, order);
        Hibernate.initialize(saved.getDays());
        return saved;
    }

    /** The employer's money keepers approve an order (and with it its advance). */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, ACCOUNTANT_ROLE })
    public TravelOrder approveOrder(@RecordId(TravelOrder.class) long id, long version) {
        TravelOrder order = Records.current(em, TravelOrder.class, id, version);
        PartnerScope.requireMoneyOf(em, context, order.getParticipant().getEmployer());
        order.approve(context.getCallerPrincipal().getName(), ProjectTime.today());
        em.flush();
        Hibernate.initialize(order.getDays());
        return order;
    }

    public List<TravelExpense> expenses(@RecordId(TravelOrder.class) long orderId) {
        return em.createNamedQuery("TravelExpense.ofOrder", TravelExpense.class).setParameter("order", orderId)
                .getResultList();
    }

    /**
     * @throws RuleViolation {@code travel.expense.outsideTrip}, {@code travel.expense.amount.positive},
     *         {@code travel.expense.nights.required}, {@code travel.order.settled}
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE, ACCOUNTANT_ROLE })
    public TravelExpense saveExpense(@RecordId(TravelOrder.class) long orderId, @NotNull @Valid TravelExpense expense) {
        TravelOrder order = em.find(TravelOrder.class, orderId);
        if (order == null) {
            throw new RuleViolation("error.recordDeleted");
        }
        requireOrderKeeper(order);
        if (order.isSettled()) {
            throw new RuleViolation("travel.order.settled");
        }
        expense.setOrder(order);
        // the cap of the country where the (first) night is spent
        LocalDate night = expense.getSpentOn() == null ? order.getDepartureOn() : expense.getSpentOn();
        Money cap = em.createNamedQuery("PerDiemRate.of", PerDiemRate.class)
                .setParameter("employer", order.getParticipant().getEmployer().getCountry())
                .setParameter("destination", order.countryOn(night, destinations(order.getParticipant().getTrip().getId())))
                .getResultStream().filter(r -> r.applies(r.getEmployerCountry(), r.getDestinationCountry(), night))
                .reduce((a, b) -> b).map(PerDiemRate::getAccommodationCap).orElse(null);
        expense.check(order.getDepartureOn(), cap);
        return Records.save(em, expense);
    }

    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE, ACCOUNTANT_ROLE })
    public void deleteExpense(@RecordId(TravelExpense.class) long id, long version) {
        TravelExpense expense = Records.current(em, TravelExpense.class, id, version);
        requireOrderKeeper(expense.getOrder());
        if (expense.getOrder().isSettled()) {
            throw new RuleViolation("travel.order.settled");
        }
        long documents = em.createNamedQuery("Document.countOf", Long.class)
                .setParameter("owner", DocumentOwner.TRAVEL_EXPENSE).setParameter("ownerId", id).getSingleResult();
        if (documents > 0) {
            throw new RuleViolation("travel.expense.hasDocuments", documents);
        }
        em.remove(expense);
    }

    /**
     * The settlement of an order as it stands (or as it was approved).
     *
     * @throws RuleViolation {@code travel.perDiem.noRate} and the other per-diem rules
     */
    public Settlement settlement(@RecordId(TravelOrder.class) long orderId) {
        TravelOrder order = findOrder(orderId).orElseThrow(() -> new RuleViolation("error.recordDeleted"));
        List<TravelExpense> expenses = expenses(orderId);
        List<Destination> further = destinations(order.getParticipant().getTrip().getId());
        List<PerDiemDay> days = perDiems.perDiem(order.getParticipant().getEmployer().getCountry(),
                order.getDestinationCountry(), further, order.getDepartureOn(), order.getReturnOn(),
                order.provisions());
        Money perDiem = order.isSettled() ? order.getPerDiem() : PerDiemCalculation.total(days);
        Money all = expenses.stream().map(TravelExpense::getAmount).reduce(Money.ZERO, Money::plus);
        Money own = expenses.stream().filter(e -> e.getPaidBy() == PaidBy.PARTICIPANT).map(TravelExpense::getAmount)
                .reduce(Money.ZERO, Money::plus);
        return new Settlement(order, days, perDiem, all, own, order.getAdvancePaid(),
                TravelOrder.balance(perDiem, own, order.getAdvancePaid()), days.stream().anyMatch(PerDiemDay::demoRate));
    }

    /**
     * Approves the settlement of an approved order on a day (the day it is paid): the per diem and every expense
     * are declared on the employer's travel and accommodation budget line, in the reporting period of that day.
     *
     * @throws RuleViolation {@code travel.settlement.notApproved}, {@code travel.order.settled},
     *         {@code travel.settlement.beforeReturn}, and the expenditure rules (period, open report, budget)
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, ACCOUNTANT_ROLE })
    public Settlement approveSettlement(@RecordId(TravelOrder.class) long orderId, long version, @NotNull LocalDate paidOn) {
        TravelOrder order = Records.current(em, TravelOrder.class, orderId, version);
        Partner employer = order.getParticipant().getEmployer();
        PartnerScope.requireMoneyOf(em, context, employer);
        Settlement settlement = settlement(orderId);
        order.settle(settlement.perDiem(), context.getCallerPrincipal().getName(), paidOn);
        String who = order.getParticipant().getName() + ", " + order.getParticipant().getTrip().getTitle();
        // each item knows the order (and expense) it comes from: the evidence pack finds the trip's documents and
        // the receipts by it
        if (!settlement.perDiem().isZero()) {
            expenditure.declareOther(employer.getId(), CostCategory.TRAVEL_ACCOMMODATION,
                    "Dienas nauda / per diem " + order.getNumber() + ": " + who, order.getReturnOn(), paidOn,
                    settlement.perDiem()).declaredBy(orderId, null);
        }
        for (TravelExpense expense : expenses(orderId)) {
            expenditure.declareOther(employer.getId(), CostCategory.TRAVEL_ACCOMMODATION,
                    order.getNumber() + " " + expense.getDescription() + ": " + who, expense.getSpentOn(), paidOn,
                    expense.getAmount()).declaredBy(orderId, expense.getId());
        }
        em.flush();
        return settlement(orderId);
    }

    /** Everything the trip report shows: participants, itinerary, each participant's settlement as it stands. */
    public TripReport report(@RecordId(Trip.class) long tripId) {
        Trip trip = requireTrip(tripId);
        List<ItineraryItem> itinerary = itinerary(tripId);
        List<Participant> participants = participants(tripId);
        List<TripReport.Line> lines = new ArrayList<>();
        for (TravelOrder order : orders(tripId)) {
            Settlement settlement;
            try {
                settlement = settlement(order.getId());
            } catch (RuleViolation noRate) {
                settlement = null;
            }
            List<TravelExpense> expenses = expenses(order.getId());
            lines.add(new TripReport.Line(order, settlement, expenses));
        }
        return new TripReport(trip, destinations(tripId), itinerary, participants, lines);
    }

    private Trip requireTrip(long tripId) {
        return find(tripId).orElseThrow(() -> new RuleViolation("error.recordDeleted"));
    }

    /** Staff manage the trips their own partner organises; the coordinator and the administrator all. */
    private void requireManagerOf(Partner organiser) {
        PartnerScope.requireRecordsOf(em, context, organiser);
    }

    /** An order is kept by its trip's managers and by those who keep the employer's money. */
    private void requireOrderKeeper(TravelOrder order) {
        if (!PartnerScope.mayKeepRecordsOf(em, context, order.getParticipant().getTrip().getOrganiser())) {
            PartnerScope.requireMoneyOf(em, context, order.getParticipant().getEmployer());
        }
    }
}
