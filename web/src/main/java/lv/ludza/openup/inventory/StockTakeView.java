package lv.ludza.openup.inventory;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.shared.Feedback;
import lv.ludza.openup.shared.Navigation;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.Texts;

/**
 * One stock-take: the scan field (a barcode scanner types the number and Enter), what each scan found, and
 * closing the session with its protocol.
 */
@Named
@ViewScoped
public class StockTakeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StockTakeService stockTakes;

    private Long id;
    private StockTake stockTake;
    private String scan;
    private final LinkedList<Line> scans = new LinkedList<>();
    private List<StockTakeEntry> entries = new ArrayList<>();
    private boolean updateLocations = true;

    /** One line of the scan log: what was typed and what it found (or why not), as text in the user's language. */
    public record Line(String number, String text, String outcome) implements Serializable {
    }

    public void load() throws IOException {
        stockTake = id == null ? null : stockTakes.find(id).orElse(null);
        if (stockTake == null) {
            Navigation.notFound();
            return;
        }
        entries = stockTakes.entries(id);
    }

    /** One scan: the result goes on top of the log; the field is emptied for the next one. */
    public void scan() {
        String typed = scan == null ? "" : scan.trim();
        scan = null;
        if (typed.isEmpty()) {
            return;
        }
        try {
            StockTakeService.Scan result = stockTakes.scan(id, typed);
            String text = (result.outcome() == ScanOutcome.NOT_IN_REGISTER
                    ? Texts.get("inventory.scan.unknown", result.inventoryNumber())
                    : result.name() + (result.registeredAt() == null ? "" : " — " + result.registeredAt()))
                    + (result.repeated() ? " (" + Texts.get("inventory.scan.repeated") + ")" : "");
            scans.addFirst(new Line(result.inventoryNumber(), text, result.outcome().name()));
        } catch (RuleViolation violation) {
            scans.addFirst(new Line(typed, Texts.get(violation.getKey(), violation.getArguments()), "ERROR"));
        }
        while (scans.size() > 50) {
            scans.removeLast();
        }
    }

    public void close() {
        StockTake[] closed = new StockTake[1];
        if (Feedback.attempt(() -> closed[0] = stockTakes.close(id, stockTake.getVersion(), updateLocations))) {
            stockTake = closed[0];
            entries = stockTakes.entries(id);
            Feedback.info("inventory.stockTake.closedNow");
        }
    }

    public void refresh() {
        entries = stockTakes.entries(id);
    }

    public long count(String outcome) {
        return entries.stream().filter(e -> e.getOutcome().name().equals(outcome)).count();
    }

    public String getProtocolLink() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/export/stocktake.pdf?id=" + id;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public StockTake getStockTake() {
        return stockTake;
    }

    public String getScan() {
        return scan;
    }

    public void setScan(String scan) {
        this.scan = scan;
    }

    public List<Line> getScans() {
        return scans;
    }

    public List<StockTakeEntry> getEntries() {
        return entries;
    }

    public boolean isUpdateLocations() {
        return updateLocations;
    }

    public void setUpdateLocations(boolean updateLocations) {
        this.updateLocations = updateLocations;
    }
}
