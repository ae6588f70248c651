package lv.ludza.openup.inventory;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import lv.ludza.openup.shared.BaseEntity;

/** One asset's outcome in a stock-take, with the room the register had for it. */
@Entity
@Table(name = "stock_take_entry")
@Audited
@NamedQuery(name = "StockTakeEntry.of", query = "SELECT e FROM StockTakeEntry e JOIN FETCH e.asset a"
        + " LEFT JOIN FETCH e.registeredAt WHERE e.stockTake.id = :stockTake ORDER BY e.outcome, a.inventoryNumber")
@NamedQuery(name = "StockTakeEntry.find", query = "SELECT e FROM StockTakeEntry e"
        + " WHERE e.stockTake.id = :stockTake AND e.asset.id = :asset")
@NamedQuery(name = "StockTakeEntry.scannedIds", query = "SELECT e.asset.id FROM StockTakeEntry e"
        + " WHERE e.stockTake.id = :stockTake")
public class StockTakeEntry extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stock_take_id", nullable = false)
    private StockTake stockTake;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "asset_id", nullable = false)
    private Asset asset;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ScanOutcome outcome;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "registered_location_id")
    private Location registeredAt;

    @Column(name = "scanned_at")
    private Instant scannedAt;

    protected StockTakeEntry() {
        // for JPA
    }

    public StockTakeEntry(StockTake stockTake, Asset asset, ScanOutcome outcome, Instant scannedAt) {
        this.stockTake = stockTake;
        this.asset = asset;
        this.outcome = outcome;
        this.registeredAt = asset.getLocation();
        this.scannedAt = scannedAt;
    }

    public StockTake getStockTake() {
        return stockTake;
    }

    public Asset getAsset() {
        return asset;
    }

    public ScanOutcome getOutcome() {
        return outcome;
    }

    public Location getRegisteredAt() {
        return registeredAt;
    }

    public Instant getScannedAt() {
        return scannedAt;
    }
}
