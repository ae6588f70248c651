package lv.ludza.openup.inventory;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.procurement.InvoiceLine;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.shared.Feedback;
import lv.ludza.openup.shared.Navigation;
import lv.ludza.openup.shared.RuleViolation;

/** From an invoice line of N items, N assets in one step; then their labels. */
@Named
@ViewScoped
public class FromInvoiceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InventoryService inventory;

    @Inject
    private AssetCategoryService categoryService;

    private Long line;
    private InventoryService.FromInvoice preview;
    private Long categoryId;
    private List<AssetCategory> categories = List.of();
    private String name;
    private Long locationId;
    private String custodian;
    private List<Location> locations = List.of();
    private List<Asset> assets = List.of();
    private Long invoiceId;
    private Partner partner;

    /** f:viewAction: the invoice line named in the URL. */
    public void load() throws IOException {
        if (line == null) {
            Navigation.notFound();
            return;
        }
        try {
            preview = inventory.previewFromInvoiceLine(line);
        } catch (RuleViolation violation) {
            if ("error.recordDeleted".equals(violation.getKey())) {
                Navigation.notFound();
                return;
            }
            Feedback.show(violation);
            preview = null;
        }
        InvoiceLine shown = inventory.invoiceLine(line);
        invoiceId = shown.getInvoice().getId();
        partner = shown.getInvoice().getPartner();
        locations = inventory.locationsOf(shown.getInvoice().getPartner().getId());
        assets = inventory.ofInvoiceLine(line);
        categories = categoryService.all().stream().filter(AssetCategory::isActive).toList();
        if (preview != null) {
            name = preview.description();
            String guessed = guess(preview.description());
            categoryId = categories.stream().filter(c -> c.getCode().equals(guessed)).findFirst()
                    .or(() -> categories.stream().filter(c -> c.getCode().equals("OTHER")).findFirst())
                    .map(AssetCategory::getId).orElse(null);
        }
    }

    /** A first guess (a category's code) from the words of the line; the librarian corrects it. */
    static String guess(String description) {
        String text = description == null ? "" : description.toLowerCase(java.util.Locale.ROOT);
        if (text.contains("portat") || text.contains("laptop") || text.contains("nešioj")) {
            return "LAPTOP";
        }
        if (text.contains("tāfel") || text.contains("whiteboard") || text.contains("lent")) {
            return "WHITEBOARD";
        }
        if (text.contains("dator") || text.contains("computer") || text.contains("komputer")) {
            return "COMPUTER";
        }
        if (text.contains("projektor") || text.contains("projector")) {
            return "PROJECTOR";
        }
        if (text.contains("konsol") || text.contains("console")) {
            return "GAME_CONSOLE";
        }
        if (text.contains("mēbel") || text.contains("galds") || text.contains("krēsl") || text.contains("furniture")
                || text.contains("bald")) {
            return "FURNITURE";
        }
        return "OTHER";
    }

    public void create() {
        @SuppressWarnings("unchecked")
        List<Asset>[] created = new List[1];
        AssetCategory category = categories.stream().filter(c -> c.getId().equals(categoryId)).findFirst()
                .orElse(null);
        if (category == null) {
            Feedback.fieldError("category", "inventory.category.required");
            return;
        }
        if (Feedback.attempt(() -> created[0] = inventory.createFromInvoiceLine(line, category, name, locationId,
                custodian))) {
            assets = inventory.ofInvoiceLine(line);
            preview = inventory.previewFromInvoiceLine(line);
            Feedback.info("inventory.fromInvoice.created", created[0].size(), created[0].get(0).getInventoryNumber(),
                    created[0].get(created[0].size() - 1).getInventoryNumber());
        }
    }

    public String getExplain() {
        return preview == null ? "" : lv.ludza.openup.shared.Texts.get("inventory.fromInvoice.explain",
                preview.quantity(), preview.firstNumber());
    }

    /** The categories in use for new assets. */
    public List<AssetCategory> getCategories() {
        return categories;
    }

    /** The partner whose invoice it is (who may register its assets). */
    public Partner getPartner() {
        return partner;
    }

    public Long getLine() {
        return line;
    }

    public void setLine(Long line) {
        this.line = line;
    }

    public InventoryService.FromInvoice getPreview() {
        return preview;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getLocationId() {
        return locationId;
    }

    public void setLocationId(Long locationId) {
        this.locationId = locationId;
    }

    public String getCustodian() {
        return custodian;
    }

    public void setCustodian(String custodian) {
        this.custodian = custodian;
    }

    public List<Location> getLocations() {
        return locations;
    }

    public List<Asset> getAssets() {
        return assets;
    }

    public Long getInvoiceId() {
        return invoiceId;
    }
}
