package lv.ludza.openup.procurement;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.audit.HistoryEntry;
import lv.ludza.openup.audit.HistoryService;
import lv.ludza.openup.shared.Navigation;

/**
 * One expenditure item: what was declared, from which record, its verdict, its own documents (the evidence of a
 * cost declared without an invoice, e.g. timesheets) and its change history.
 */
@Named
@ViewScoped
public class ItemView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExpenditureService expenditure;

    @Inject
    private HistoryService history;

    private Long id;
    private ExpenditureItem item;
    private List<HistoryEntry> entries = List.of();

    /** f:viewAction: the item named in the URL; not found (404) for none, another project's or a malformed id. */
    public void load() throws IOException {
        item = id == null ? null : expenditure.find(id).orElse(null);
        if (item == null) {
            Navigation.notFound();
            return;
        }
        entries = history.historyOf(ExpenditureItem.class, id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ExpenditureItem getItem() {
        return item;
    }

    public List<HistoryEntry> getEntries() {
        return entries;
    }
}
