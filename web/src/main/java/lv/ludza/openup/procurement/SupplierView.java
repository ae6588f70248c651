package lv.ludza.openup.procurement;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.audit.HistoryEntry;
import lv.ludza.openup.audit.HistoryService;
import lv.ludza.openup.project.Country;
import lv.ludza.openup.shared.Feedback;
import lv.ludza.openup.shared.Navigation;

/** One supplier: create, edit, delete (after a confirmation), and its change history. */
@Named
@ViewScoped
public class SupplierView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SupplierService suppliers;

    @Inject
    private HistoryService history;

    private Long id;
    private Supplier supplier;
    private List<HistoryEntry> entries = List.of();
    private List<ThresholdService.SupplierTotal> totals = List.of();

    @Inject
    private ThresholdService thresholds;

    @Inject
    private lv.ludza.openup.project.CurrentProject currentProject;

    /** f:viewAction: the supplier named in the URL, or a new one. */
    public void load() throws IOException {
        if (id == null) {
            supplier = new Supplier();
            return;
        }
        supplier = suppliers.find(id).orElse(null);
        if (supplier == null) {
            Navigation.notFound();
            return;
        }
        entries = history.historyOf(Supplier.class, id);
        totals = currentProject.getId() == null ? List.of() : thresholds.totalsOfSupplier(id, currentProject.getId());
    }

    /** What the current project's partners bought from the supplier per partner, kind and year. */
    public List<ThresholdService.SupplierTotal> getTotals() {
        return totals;
    }

    /** Saves; a new record then opens at its own address (?id=), so a reload shows it. */
    public String save() {
        boolean isNew = supplier.isNew();
        Supplier[] saved = new Supplier[1];
        if (Feedback.validate(supplier) && Feedback.attempt(() -> saved[0] = suppliers.save(supplier))) {
            Feedback.info(isNew ? "supplier.created" : "supplier.saved", saved[0].getName());
            if (isNew) {
                return lv.ludza.openup.shared.Navigation.opened("/procurement/supplier", saved[0].getId());
            }
            supplier = saved[0];
            id = supplier.getId();
            entries = history.historyOf(Supplier.class, id);
        }
        return null;
    }

    public String delete() {
        if (Feedback.attempt(() -> suppliers.delete(supplier.getId(), supplier.getVersion()))) {
            Feedback.info("supplier.deleted", supplier.getName());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/procurement/suppliers?faces-redirect=true";
        }
        return null;
    }

    public Country[] getCountries() {
        return Country.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Supplier getSupplier() {
        return supplier;
    }

    public List<HistoryEntry> getEntries() {
        return entries;
    }
}
