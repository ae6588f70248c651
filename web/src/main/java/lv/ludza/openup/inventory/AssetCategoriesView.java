package lv.ludza.openup.inventory;

import java.io.Serializable;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;

import lv.ludza.openup.shared.Feedback;
import lv.ludza.openup.shared.UserLocale;

/** The asset categories with how many assets each has; the coordinator adds, edits and deletes them. */
@Named
@ViewScoped
public class AssetCategoriesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AssetCategoryService categories;

    @Inject
    private UserLocale userLocale;

    private List<AssetCategory> all;
    private Map<Long, Long> assetCounts;
    private AssetCategory editing;

    @PostConstruct
    void init() {
        Collator collator = Collator.getInstance(userLocale.getLocale());
        all = categories.all().stream()
                .sorted(Comparator.comparing((AssetCategory c) -> c.nameIn(userLocale.getLocale()), collator))
                .toList();
        assetCounts = categories.assetCounts();
    }

    public void create() {
        editing = new AssetCategory();
    }

    /** A fresh copy to edit: the list keeps showing what is saved until the dialog saves. */
    public void edit(AssetCategory shown) {
        editing = categories.find(shown.getId()).orElse(null);
        if (editing == null) {
            Feedback.fieldError(null, "error.recordDeleted");
            init();
        }
    }

    public void save() {
        AssetCategory[] saved = new AssetCategory[1];
        if (Feedback.validate(editing) && Feedback.attempt(() -> saved[0] = categories.save(editing))) {
            Feedback.info("inventory.category.saved", saved[0].getCode());
            editing = null;
            init();
            PrimeFaces.current().executeScript("PF('categoryDialog').hide()");
        }
    }

    public void delete(AssetCategory shown) {
        if (Feedback.attempt(() -> categories.delete(shown.getId(), shown.getVersion()))) {
            Feedback.info("inventory.category.deleted", shown.getCode());
        }
        init();
    }

    public long assetsOf(AssetCategory category) {
        return assetCounts.getOrDefault(category.getId(), 0L);
    }

    public List<AssetCategory> getAll() {
        return all;
    }

    public AssetCategory getEditing() {
        return editing;
    }
}
