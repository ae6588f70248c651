package lv.ludza.openup.inventory;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import lv.ludza.openup.project.Partner;
import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.InProject;

/** A stock-take session of one room (or a partner's whole library): open while staff scan, then closed. */
@Entity
@Table(name = "stock_take")
@Audited
@NamedQuery(name = "StockTake.withRelations", query = "SELECT s FROM StockTake s JOIN FETCH s.partner"
        + " LEFT JOIN FETCH s.location WHERE s.id = :id")
@NamedQuery(name = "StockTake.ofProject", query = "SELECT s FROM StockTake s JOIN FETCH s.partner p"
        + " LEFT JOIN FETCH s.location WHERE p.project.id = :project ORDER BY s.startedOn DESC, s.id DESC")
@InProject("partner.project.id")
public class StockTake extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false)
    private Partner partner;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "location_id")
    private Location location;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "locations_updated", nullable = false)
    private boolean locationsUpdated;

    protected StockTake() {
        // for JPA
    }

    /** @param location the room, or null for the partner's whole library */
    public StockTake(Partner partner, Location location, LocalDate startedOn) {
        this.partner = partner;
        this.location = location;
        this.startedOn = startedOn;
    }

    /** How a scanned asset counts in this session. */
    public ScanOutcome outcomeOf(Asset asset) {
        if (!asset.getPartner().getId().equals(partner.getId()) || asset.getStatus().isDisposed()) {
            return ScanOutcome.UNEXPECTED;
        }
        if (location != null && (asset.getLocation() == null || !asset.getLocation().getId().equals(location.getId()))) {
            return ScanOutcome.MOVED;
        }
        return ScanOutcome.FOUND;
    }

    /** @throws RuleViolation {@code inventory.stockTake.closed} once closed */
    public void requireOpen() {
        if (closedOn != null) {
            throw new RuleViolation("inventory.stockTake.closed");
        }
    }

    public void close(LocalDate on, boolean updateLocations) {
        requireOpen();
        closedOn = on;
        locationsUpdated = updateLocations;
    }

    public boolean isOpen() {
        return closedOn == null;
    }

    @Override
    public String label() {
        return partner.getShortName() + (location == null ? "" : " / " + location.getName()) + " " + startedOn;
    }

    public Partner getPartner() {
        return partner;
    }

    public Location getLocation() {
        return location;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public boolean isLocationsUpdated() {
        return locationsUpdated;
    }
}
