package lv.ludza.openup.travel;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.audit.HistoryEntry;
import lv.ludza.openup.audit.HistoryService;
import lv.ludza.openup.procurement.Choices;
import lv.ludza.openup.project.Country;
import lv.ludza.openup.security.CurrentUser;
import lv.ludza.openup.security.Rights;
import lv.ludza.openup.shared.Feedback;
import lv.ludza.openup.shared.Navigation;

/** One trip: its details, the itinerary day by day, the participants and their travel orders, its history. */
@Named
@ViewScoped
public class TripView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TripService trips;

    @Inject
    private Rights rights;

    @Inject
    private HistoryService history;

    @Inject
    private Choices choices;

    @Inject
    private CurrentUser currentUser;

    private Long id;
    private Trip trip;
    private Long organiserId;
    private List<Destination> destinations = List.of();
    private List<ItineraryItem> itinerary = List.of();
    private List<Participant> participants = List.of();
    private Map<Long, TravelOrder> orders = Map.of();
    private List<HistoryEntry> entries = List.of();

    private Destination destination = new Destination();
    private ItineraryItem item = new ItineraryItem();
    private String itemStartsAt;
    private String itemEndsAt;
    private Participant participant = new Participant();
    private Long employerId;

    /** f:viewAction: the trip named in the URL, or a new one. */
    public void load() throws IOException {
        if (id == null) {
            trip = new Trip();
            organiserId = choices.getPartners().stream()
                    .filter(p -> p.getShortName().equals(currentUser.getPartnerName())).map(p -> p.getId())
                    .findFirst().orElse(null);
            return;
        }
        trip = trips.find(id).orElse(null);
        if (trip == null) {
            Navigation.notFound();
            return;
        }
        organiserId = trip.getOrganiser().getId();
        refresh();
    }

    private void refresh() {
        destinations = trips.destinations(trip.getId());
        itinerary = trips.itinerary(trip.getId());
        participants = trips.participants(trip.getId());
        orders = trips.orders(trip.getId()).stream()
                .collect(Collectors.toMap(o -> o.getParticipant().getId(), Function.identity()));
        entries = history.historyOf(Trip.class, trip.getId());
    }

    /** Saves; a new trip then opens at its own address (?id=), so a reload shows it. */
    public String save() {
        boolean isNew = trip.isNew();
        trip.setOrganiser(choices.partner(organiserId));
        Trip[] saved = new Trip[1];
        if (Feedback.validate(trip) && Feedback.attempt(() -> saved[0] = trips.save(trip))) {
            Feedback.info(isNew ? "travel.trip.created" : "travel.trip.saved", saved[0].getTitle());
            if (isNew) {
                return lv.ludza.openup.shared.Navigation.opened("/travel/trip", saved[0].getId());
            }
            trip = trips.find(saved[0].getId()).orElseThrow();
            id = trip.getId();
            refresh();
        }
        return null;
    }

    public String delete() {
        if (Feedback.attempt(() -> trips.delete(trip.getId(), trip.getVersion()))) {
            Feedback.info("travel.trip.deleted", trip.getTitle());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/travel/trips?faces-redirect=true";
        }
        return null;
    }

    public void addDestination() {
        if (Feedback.validate(destination) && Feedback.attempt(() -> trips.saveDestination(trip.getId(), destination))) {
            Feedback.info("travel.destination.added", destination.getCity());
            destination = new Destination();
            refresh();
        }
    }

    public void deleteDestination(Destination gone) {
        if (Feedback.attempt(() -> trips.deleteDestination(gone.getId(), gone.getVersion()))) {
            refresh();
        }
    }

    public void addItem() {
        LocalTime from = time(itemStartsAt, "startsAt");
        LocalTime to = time(itemEndsAt, "endsAt");
        if (FacesContext.getCurrentInstance().isValidationFailed()) {
            return;
        }
        item.setStartsAt(from);
        item.setEndsAt(to);
        if (Feedback.validate(item) && Feedback.attempt(() -> trips.saveItem(trip.getId(), item))) {
            LocalDate day = item.getDay();
            item = new ItineraryItem();
            item.setDay(day);
            itemStartsAt = null;
            itemEndsAt = null;
            refresh();
            Feedback.info("travel.itinerary.added");
        }
    }

    public void deleteItem(ItineraryItem gone) {
        if (Feedback.attempt(() -> trips.deleteItem(gone.getId(), gone.getVersion()))) {
            refresh();
        }
    }

    public void addParticipant() {
        participant.setEmployer(choices.partner(employerId));
        if (Feedback.validate(participant)
                && Feedback.attempt(() -> trips.saveParticipant(trip.getId(), participant))) {
            Feedback.info("travel.participant.added", participant.getName());
            participant = new Participant();
            refresh();
        }
    }

    public void deleteParticipant(Participant gone) {
        if (Feedback.attempt(() -> trips.deleteParticipant(gone.getId(), gone.getVersion()))) {
            refresh();
        }
    }

    /** Issues the participant's travel order, numbered after the trip and the participant's place in the list. */
    public void issueOrder(Participant who) {
        String number = "K-" + trip.getId() + "/" + (participants.indexOf(who) + 1);
        if (Feedback.attempt(() -> trips.issueOrder(who.getId(), number))) {
            refresh();
            Feedback.info("travel.order.issued", number, who.getName());
        }
    }

    private static LocalTime time(String typed, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(typed.trim().length() == 4 ? "0" + typed.trim() : typed.trim());
        } catch (DateTimeParseException e) {
            Feedback.fieldError(field, "travel.itinerary.timeInvalid");
            return null;
        }
    }

    public TravelOrder orderOf(Participant who) {
        return orders.get(who.getId());
    }

    /** Staff of the organiser, the coordinator and the administrator manage the trip. */
    public boolean isManager() {
        return rights.records(trip == null || trip.isNew() ? null : trip.getOrganiser());
    }

    public Country[] getCountries() {
        return Country.values();
    }

    public ItineraryKind[] getKinds() {
        return ItineraryKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Trip getTrip() {
        return trip;
    }

    public Long getOrganiserId() {
        return organiserId;
    }

    public void setOrganiserId(Long organiserId) {
        this.organiserId = organiserId;
    }

    public List<Destination> getDestinations() {
        return destinations;
    }

    public Destination getDestination() {
        return destination;
    }

    public List<ItineraryItem> getItinerary() {
        return itinerary;
    }

    public List<Participant> getParticipants() {
        return participants;
    }

    public List<HistoryEntry> getEntries() {
        return entries;
    }

    public ItineraryItem getItem() {
        return item;
    }

    public String getItemStartsAt() {
        return itemStartsAt;
    }

    public void setItemStartsAt(String itemStartsAt) {
        this.itemStartsAt = itemStartsAt;
    }

    public String getItemEndsAt() {
        return itemEndsAt;
    }

    public void setItemEndsAt(String itemEndsAt) {
        this.itemEndsAt = itemEndsAt;
    }

    public Participant getParticipant() {
        return participant;
    }

    public Long getEmployerId() {
        return employerId;
    }

    public void setEmployerId(Long employerId) {
        this.employerId = employerId;
    }
}
