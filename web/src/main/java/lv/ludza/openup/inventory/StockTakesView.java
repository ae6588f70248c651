package lv.ludza.openup.inventory;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.procurement.Choices;
import lv.ludza.openup.project.CurrentProject;
import lv.ludza.openup.shared.Feedback;

/** The project's stock-takes, starting a new one for a room, and adding rooms. */
@Named
@ViewScoped
public class StockTakesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StockTakeService stockTakes;

    @Inject
    private InventoryService inventory;

    @Inject
    private CurrentProject currentProject;

    @Inject
    private Choices choices;

    private List<StockTake> sessions = List.of();
    private Long partnerId;
    private Long locationId;
    private String locationName;
    private List<Location> locations = List.of();

    @PostConstruct
    void init() {
        if (currentProject.getId() != null) {
            sessions = stockTakes.ofProject(currentProject.getId());
        }
        partnerId = choices.getRecordPartners().isEmpty() ? null : choices.getRecordPartners().get(0).getId();
        partnerChanged();
    }

    public void partnerChanged() {
        locations = partnerId == null ? List.of() : inventory.locationsOf(partnerId);
        locationId = null;
    }

    public String start() {
        StockTake[] started = new StockTake[1];
        if (partnerId != null && Feedback.attempt(() -> started[0] = stockTakes.start(partnerId, locationId))) {
            return "/inventory/stocktake?faces-redirect=true&id=" + started[0].getId();
        }
        return null;
    }

    public void addLocation() {
        Location[] added = new Location[1];
        if (partnerId != null && Feedback.attempt(() -> added[0] = inventory.addLocation(partnerId, locationName))) {
            Feedback.info("inventory.location.added", added[0].getName());
            locationName = null;
            partnerChanged();
            locationId = added[0].getId();
        }
    }

    public List<StockTake> getSessions() {
        return sessions;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public Long getLocationId() {
        return locationId;
    }

    public void setLocationId(Long locationId) {
        this.locationId = locationId;
    }

    public String getLocationName() {
        return locationName;
    }

    public void setLocationName(String locationName) {
        this.locationName = locationName;
    }

    public List<Location> getLocations() {
        return locations;
    }
}
