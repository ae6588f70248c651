package lv.ludza.openup.inventory;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.audit.HistoryEntry;
import lv.ludza.openup.audit.HistoryService;
import lv.ludza.openup.procurement.Choices;
import lv.ludza.openup.project.CurrentProject;
import lv.ludza.openup.shared.Feedback;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.Navigation;

/** One asset: its register data, lending out and back, repair, disposal, documents and history. */
@Named
@ViewScoped
public class AssetView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InventoryService inventory;

    @Inject
    private HistoryService history;

    @Inject
    private Choices choices;

    @Inject
    private CurrentProject currentProject;

    @Inject
    private AssetCategoryService categoryService;

    @Inject
    private lv.ludza.openup.security.CurrentUser currentUser;

    private Long id;
    private String number;
    private Asset asset;
    private Long partnerId;
    private Long locationId;
    private Long categoryId;
    private List<AssetCategory> categories;
    private java.math.BigDecimal net;
    private java.math.BigDecimal vat;
    private List<HistoryEntry> entries = List.of();
    private List<Location> locations = List.of();
    /** The number last proposed for a new asset (replaced when partner or year change, unless the user typed one). */
    private String proposedNumber;

    private String lentTo;
    private LocalDate dueOn;
    private AssetStatus disposalStatus = AssetStatus.WRITTEN_OFF;
    private LocalDate disposedOn;
    private String disposalReason;
    private String disposalMethod;
    private String disposalApprover;

    /** f:viewAction: the asset named by id or inventory number (a label's QR link), or a new one. */
    public void load() throws IOException {
        if (id == null && (number == null || number.isBlank())) {
            asset = new Asset();
            // the user's own partner first (staff keep their own partner's assets)
            partnerId = choices.getPartners().stream()
                    .filter(p -> p.getShortName().equals(currentUser.getPartnerName())).findFirst()
                    .or(() -> choices.getPartners().stream().findFirst())
                    .map(lv.ludza.openup.project.Partner::getId).orElse(null);
            asset.setAcquiredOn(LocalDate.now(InventoryService.RIGA));
            categoryId = null;
            partnerChanged();
            return;
        }
        asset = (id != null ? inventory.find(id) : inventory.findByNumber(number).flatMap(a -> inventory.find(a.getId())))
                .orElse(null);
        if (asset == null) {
            Navigation.notFound();
            return;
        }
        shown();
    }

    private void shown() {
        id = asset.getId();
        partnerId = asset.getPartner().getId();
        locationId = asset.getLocation() == null ? null : asset.getLocation().getId();
        categoryId = asset.getCategory() == null ? null : asset.getCategory().getId();
        categories = null;
        net = asset.getNet() == null ? null : asset.getNet().amount();
        vat = asset.getVat() == null ? null : asset.getVat().amount();
        locations = inventory.locationsOf(partnerId);
        entries = history.historyOf(Asset.class, id);
    }

    public void partnerChanged() {
        locations = partnerId == null ? List.of() : inventory.locationsOf(partnerId);
        locationId = null;
        proposeNumber();
    }

    /**
     * A new asset's proposed number follows the chosen partner and the acquisition year: proposed again when either
     * changes, unless the user typed a number of their own (the server checks that one).
     */
    public void proposeNumber() {
        if (asset == null || !asset.isNew() || partnerId == null) {
            return;
        }
        String typed = asset.getInventoryNumber();
        if (typed == null || typed.isBlank() || typed.equals(proposedNumber)) {
            int year = (asset.getAcquiredOn() == null ? LocalDate.now(InventoryService.RIGA) : asset.getAcquiredOn())
                    .getYear();
            proposedNumber = inventory.nextNumber(partnerId, year);
            asset.setInventoryNumber(proposedNumber);
        }
    }

    /** Saves; a new asset then opens at its own address (?id=), so a reload shows it. */
    public String save() {
        boolean isNew = asset.isNew();
        asset.setPartner(choices.partner(partnerId));
        asset.setLocation(locations.stream().filter(l -> l.getId().equals(locationId)).findFirst().orElse(null));
        asset.setCategory(getCategories().stream().filter(c -> c.getId().equals(categoryId)).findFirst().orElse(null));
        asset.setNet(net == null ? null : Money.eur(net));
        asset.setVat(vat == null ? null : Money.eur(vat));
        Asset[] saved = new Asset[1];
        if (Feedback.validate(asset) && Feedback.attempt(() -> saved[0] = inventory.save(asset))) {
            asset = saved[0];
            Feedback.info(isNew ? "inventory.created" : "inventory.saved", asset.getInventoryNumber());
            if (isNew) {
                return Navigation.opened("/inventory/asset", asset.getId());
            }
            shown();
        }
        return null;
    }

    public void checkOut() {
        Asset[] saved = new Asset[1];
        if (Feedback.attempt(() -> saved[0] = inventory.checkOut(asset.getId(), asset.getVersion(), lentTo, dueOn))) {
            asset = saved[0];
            shown();
            Feedback.info("inventory.checkedOut", asset.getInventoryNumber(), asset.getLentTo());
            lentTo = null;
            dueOn = null;
        }
    }

    public void checkIn() {
        Asset[] saved = new Asset[1];
        if (Feedback.attempt(() -> saved[0] = inventory.checkIn(asset.getId(), asset.getVersion()))) {
            asset = saved[0];
            shown();
            Feedback.info("inventory.checkedIn", asset.getInventoryNumber());
        }
    }

    public void repair() {
        Asset[] saved = new Asset[1];
        if (Feedback.attempt(() -> saved[0] = inventory.sendToRepair(asset.getId(), asset.getVersion(), lentTo))) {
            asset = saved[0];
            shown();
            Feedback.info("inventory.inRepair", asset.getInventoryNumber());
            lentTo = null;
        }
    }

    public void dispose() {
        Asset[] saved = new Asset[1];
        if (Feedback.attempt(() -> saved[0] = inventory.dispose(asset.getId(), asset.getVersion(), disposalStatus,
                disposedOn, disposalReason, disposalMethod, disposalApprover))) {
            asset = saved[0];
            shown();
            Feedback.info("inventory.disposed", asset.getInventoryNumber());
        }
    }

    /** The categories in use for new assets, and the one the asset has (even if no longer in use). */
    public List<AssetCategory> getCategories() {
        if (categories == null) {
            Long own = asset == null || asset.getCategory() == null ? null : asset.getCategory().getId();
            categories = categoryService.all().stream().filter(c -> c.isActive() || c.getId().equals(own)).toList();
        }
        return categories;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public AssetStatus[] getDisposalStatuses() {
        return new AssetStatus[] { AssetStatus.WRITTEN_OFF, AssetStatus.LOST };
    }

    public Long getProjectId() {
        return currentProject.getId();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Asset getAsset() {
        return asset;
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

    public java.math.BigDecimal getNet() {
        return net;
    }

    public void setNet(java.math.BigDecimal net) {
        this.net = net;
    }

    public java.math.BigDecimal getVat() {
        return vat;
    }

    public void setVat(java.math.BigDecimal vat) {
        this.vat = vat;
    }

    public List<HistoryEntry> getEntries() {
        return entries;
    }

    public List<Location> getLocations() {
        return locations;
    }

    public String getLentTo() {
        return lentTo;
    }

    public void setLentTo(String lentTo) {
        this.lentTo = lentTo;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public AssetStatus getDisposalStatus() {
        return disposalStatus;
    }

    public void setDisposalStatus(AssetStatus disposalStatus) {
        this.disposalStatus = disposalStatus;
    }

    public LocalDate getDisposedOn() {
        return disposedOn;
    }

    public void setDisposedOn(LocalDate disposedOn) {
        this.disposedOn = disposedOn;
    }

    public String getDisposalReason() {
        return disposalReason;
    }

    public void setDisposalReason(String disposalReason) {
        this.disposalReason = disposalReason;
    }

    public String getDisposalMethod() {
        return disposalMethod;
    }

    public void setDisposalMethod(String disposalMethod) {
        this.disposalMethod = disposalMethod;
    }

    public String getDisposalApprover() {
        return disposalApprover;
    }

    public void setDisposalApprover(String disposalApprover) {
        this.disposalApprover = disposalApprover;
    }
}
