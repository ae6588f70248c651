package lv.ludza.openup.inventory;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.project.CurrentProject;
import lv.ludza.openup.shared.Feedback;

/** The durability dashboard: assets reaching keep-until soon, and those lost or written off before it. */
@Named
@ViewScoped
public class DurabilityView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InventoryService inventory;

    @Inject
    private CurrentProject currentProject;

    private int years;
    private int months = 12;
    private List<Asset> soon = List.of();
    private List<Asset> early = List.of();
    private LocalDate keepUntil;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        Long project = currentProject.getId();
        if (project == null) {
            return;
        }
        years = inventory.durabilityYears(project);
        keepUntil = currentProject.load().map(inventory::keepUntilFor).orElse(null);
        soon = inventory.keepUntilSoon(project, months);
        early = inventory.disposedEarly(project);
    }

    public void saveYears() {
        int[] moved = new int[1];
        if (Feedback.attempt(() -> moved[0] = inventory.setDurabilityYears(currentProject.getId(), years))) {
            load();
            Feedback.info("inventory.durability.saved", years, moved[0]);
        }
    }

    public void refresh() {
        load();
    }

    public boolean passed(Asset asset) {
        return asset.getKeepUntil() != null && asset.getKeepUntil().isBefore(LocalDate.now(InventoryService.RIGA));
    }

    public int getYears() {
        return years;
    }

    public void setYears(int years) {
        this.years = years;
    }

    public int getMonths() {
        return months;
    }

    public void setMonths(int months) {
        this.months = months;
    }

    public List<Asset> getSoon() {
        return soon;
    }

    public List<Asset> getEarly() {
        return early;
    }

    public LocalDate getKeepUntil() {
        return keepUntil;
    }
}
