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
import lv.ludza.openup.shared.InProject;

/**
 * One asset's outcome in a stock-take, with the room the register had for it; or a scanned number that is in no
 * asset of the register ({@link ScanOutcome#NOT_IN_REGISTER}: no asset, the text as scanned).
 */
@Entity
@Table(name = "stock_take_entry")
@Audited
@NamedQuery(name = "StockTakeEntry.of", query = "SELECT e FROM StockTakeEntry e LEFT JOIN FETCH e.asset a"
        + " LEFT JOIN FETCH e.registeredAt WHERE e.stockTake.id = :stockTake"
        + " ORDER BY e.outcome, a.inventoryNumber, e.scannedText")
@NamedQuery(name = "StockTakeEntry.findText", query = "SELECT e FROM StockTakeEntry e"
        + " WHERE e.stockTake.id = :stockTake AND e.asset IS NULL AND UPPER(e.scannedText) = :text")
@NamedQuery(name = "StockTakeEntry.find", query = "SELECT e FROM StockTakeEntry e"
        + " WHERE e.stockTake.id = :stockTake AND e.asset.id = :asset")
@NamedQuery(name = "StockTakeEntry.scannedIds", query = "SELECT e.asset.id FROM StockTakeEntry e"
        + " WHERE e.stockTake.id = :stockTake AND e.asset IS NOT NULL")
@InProject("stockTake.partner.project.id")
public class StockTakeEntry extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stock_take_id", nullable = false)
    private StockTake stockTake;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "asset_id")
    private Asset asset;

    /** What was scanned, for a number not in the register (else null: the asset says it). */
    @Column(name = "scanned_text", length = SCANNED_TEXT_LENGTH)
    private String scannedText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ScanOutcome outcome;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "registered_location_id")
    private Location registeredAt;

    @Column(name = "scanned_at")
    private Instant scannedAt;

    public static final int SCANNED_TEXT_LENGTH = 200;

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

    /** A scanned text that is the number of no asset in the register: kept for the protocol, cut at 200 characters. */
    public static StockTakeEntry notInRegister(StockTake stockTake, String scanned, Instant scannedAt) {
        StockTakeEntry entry = new StockTakeEntry();
        entry.stockTake = stockTake;
        entry.outcome = ScanOutcome.NOT_IN_REGISTER;
        String text = scanned == null ? "" : scanned.strip();
        entry.scannedText = text.length() > SCANNED_TEXT_LENGTH ? text.substring(0, SCANNED_TEXT_LENGTH) : text;
        entry.scannedAt = scannedAt;
        return entry;
    }

    /** The number as the protocol lists it: the asset's, or the text scanned when it is in no asset. */
    public String getNumber() {
        return asset == null ? scannedText : asset.getInventoryNumber();
    }

    public String getScannedText() {
        return scannedText;
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
