package lv.ludza.openup.inventory;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.project.CurrentProject;
import lv.ludza.openup.shared.Feedback;
import lv.ludza.openup.shared.PageRequest;
import lv.ludza.openup.shared.ServiceLazyModel;

/** The asset register of the chosen project: filtered, sorted and paged in the database; labels of a selection. */
@Named
@ViewScoped
public class AssetsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentProject currentProject;

    @Inject
    private InventoryService inventory;

    @Inject
    private AssetCategoryService categoryService;

    @Inject
    private lv.ludza.openup.shared.UserLocale userLocale;

    private ServiceLazyModel<Asset> model;
    private List<Asset> selected = new ArrayList<>();
    private List<Location> locations;
    private List<AssetCategory> categories;

    @PostConstruct
    void init() {
        InventoryService service = inventory;
        // the category column sorts by the name the user reads
        String byName = "category." + AssetCategory.nameField(userLocale.getLocale());
        model = new ServiceLazyModel<>(service::count, request -> service.page("category".equals(request.sortField())
                ? new PageRequest(request.first(), request.size(), byName, request.ascending(), request.filters())
                : request)).within(PageRequest.PROJECT, currentProject.getId());
    }

    public ServiceLazyModel<Asset> getModel() {
        return model;
    }

    public List<Location> getLocations() {
        if (locations == null) {
            locations = currentProject.getId() == null ? List.of() : inventory.locationsOfProject(currentProject.getId());
        }
        return locations;
    }

    /** Every category (an asset may have one no longer in use), by name in the user's language. */
    public List<AssetCategory> getCategories() {
        if (categories == null) {
            java.util.Locale locale = userLocale.getLocale();
            categories = categoryService.all().stream()
                    .sorted(java.util.Comparator.comparing((AssetCategory c) -> c.nameIn(locale),
                            java.text.Collator.getInstance(locale)))
                    .toList();
        }
        return categories;
    }

    public AssetStatus[] getStatuses() {
        return AssetStatus.values();
    }

    /** Opens the label sheet of the selected assets. */
    public void labels() throws IOException {
        if (selected.isEmpty()) {
            Feedback.info("inventory.labels.chooseFirst");
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/export/labels.pdf?asset="
                + selected.stream().map(a -> String.valueOf(a.getId())).collect(Collectors.joining(",")));
    }

    /** The register as filtered on the screen, as a spreadsheet. */
    public void export() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String query = model.getFilterQuery();
        external.redirect(external.getRequestContextPath() + "/export/assets.xlsx?"
                + (query.isEmpty() ? PageRequest.PROJECT + "=" + currentProject.getId() : query));
    }

    public List<Asset> getSelected() {
        return selected;
    }

    public void setSelected(List<Asset> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }
}
