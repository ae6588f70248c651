package lv.ludza.openup.procurement;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.project.CurrentProject;

import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;

import lv.ludza.openup.project.CostCategory;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.ProjectService;
import lv.ludza.openup.project.ReportingPeriod;
import lv.ludza.openup.shared.Feedback;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.Navigation;
import lv.ludza.openup.shared.PageRequest;
import lv.ludza.openup.shared.ServiceLazyModel;

/**
 * All expenditure items, paged, sorted and filtered in the database (partner, reporting period, category,
 * verdict, text), exported as the filter selects; costs other than invoice lines are declared here.
 */
@Named
@ViewScoped
public class ExpenditureView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentProject currentProject;

    @Inject
    private ExpenditureService expenditure;

    @Inject
    private ProjectService projects;

    @Inject
    private ThresholdService thresholds;

    private ServiceLazyModel<ExpenditureItem> model;
    /** The largest purchases to check (at 100× a project has thousands: the page shows the first ones and the count). */
    private List<ThresholdService.Warning> warnings = List.of();
    private int warningCount;
    /** How many warnings the page shows. */
    static final int WARNINGS_SHOWN = 10;
    private List<ReportingPeriod> periods = List.of();

    private Long partner;
    private Long period;
    private CostCategory category;
    private Verdict verdict;
    private String search;

    private Long otherPartner;
    private CostCategory otherCategory;
    private String otherDescription;
    private LocalDate otherDocumentDate;
    private LocalDate otherPaidOn;
    private BigDecimal otherAmount;

    /** Reports that take no changes ({@code partnerId:periodId}), so the list offers change and withdraw elsewhere. */
    private java.util.Set<String> lockedReports = java.util.Set.of();
    private ExpenditureItem changing;
    private CostCategory changeCategory;
    private BigDecimal changeAmount;

    @Inject
    private lv.ludza.openup.security.Rights rights;

    @PostConstruct
    void init() {
        ExpenditureService service = expenditure;
        model = new ServiceLazyModel<>(ignored -> service.count(filters()),
                request -> service.page(new PageRequest(request.first(), request.size(), request.sortField(),
                        request.ascending(), filters())));
    }

    /**
     * Arriving with a partner (from a budget cell): the list of that partner's project, which becomes the current
     * one; an unknown partner is not found.
     */
    public void load() throws IOException {
        if (partner != null) {
            Optional<Partner> chosen = projects.partner(partner);
            if (chosen.isEmpty()) {
                Navigation.notFound();
                return;
            }
            currentProject.setId(chosen.get().getProject().getId());
        }
        currentProject.load().ifPresent(project -> {
            periods = projects.periodsOf(project.getId());
            showWarnings(thresholds.largestWarnings(project, WARNINGS_SHOWN));
            lockedReports = expenditure.lockedReports(project.getId());
        });
    }

    /**
     * Whether the list offers change and withdraw for an item: a declared other cost (no invoice line: an invoice
     * line's declaration is changed on its invoice) whose report is still a draft, to a keeper of money (the service
     * checks the partner and the report again).
     */
    public boolean isChangeable(ExpenditureItem item) {
        return item != null && item.getInvoiceLine() == null && rights.money(item.getPartner())
                && !lockedReports.contains(item.getPartner().getId() + ":" + item.getPeriod().getId());
    }

    public void startChange(ExpenditureItem item) {
        changing = item;
        changeCategory = item.getCategory();
        changeAmount = item.getAmount().amount();
    }

    /** Saves the changed category and amount of the item as it was shown. */
    public void saveChange() {
        if (Feedback.attempt(() -> expenditure.change(changing.getId(), changing.getVersion(), changeCategory,
                Money.eur(changeAmount)))) {
            Feedback.info("expenditure.changed", changing.getDescription());
            refreshWarnings();
            PrimeFaces.current().executeScript("PF('changeDialog').hide()");
        }
    }

    public void withdraw(ExpenditureItem item) {
        if (Feedback.attempt(() -> expenditure.withdraw(item.getId(), item.getVersion()))) {
            Feedback.info("expenditure.withdrawn", item.getDescription());
            refreshWarnings();
        }
    }

    public ExpenditureItem getChanging() {
        return changing;
    }

    public CostCategory getChangeCategory() {
        return changeCategory;
    }

    public void setChangeCategory(CostCategory changeCategory) {
        this.changeCategory = changeCategory;
    }

    public BigDecimal getChangeAmount() {
        return changeAmount;
    }

    public void setChangeAmount(BigDecimal changeAmount) {
        this.changeAmount = changeAmount;
    }

    /** Costs that reached a procurement threshold without the procedure it asks for. */
    public List<ThresholdService.Warning> getWarnings() {
        return warnings;
    }

    /** The filters chosen above the list, as the service and the export link take them. */
    Map<String, String> filters() {
        Map<String, String> filters = new HashMap<>();
        put(filters, PageRequest.PROJECT, currentProject.getId());
        put(filters, "partner", partner);
        put(filters, "period", period);
        put(filters, "category", category == null ? null : category.name());
        put(filters, "verdict", verdict == null ? null : verdict.name());
        put(filters, PageRequest.GLOBAL, search == null || search.isBlank() ? null : search.trim());
        return filters;
    }

    private static void put(Map<String, String> filters, String name, Object value) {
        if (value != null) {
            filters.put(name, String.valueOf(value));
        }
    }

    /** A filter changed: the list starts again from its first page. */
    public void filtered() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent("list:items");
        if (table instanceof DataTable data) {
            data.setFirst(0);
        }
    }

    /** The XLSX download of what the filters select. */
    public String getExportQuery() {
        StringBuilder query = new StringBuilder();
        filters().forEach((name, value) -> query.append(query.length() == 0 ? "?" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }

    public void startOther() {
        otherPartner = null;
        otherCategory = null;
        otherDescription = null;
        otherDocumentDate = null;
        otherPaidOn = null;
        otherAmount = null;
    }

    public void declareOther() {
        if (Feedback.attempt(() -> expenditure.declareOther(otherPartner, otherCategory, otherDescription,
                otherDocumentDate, otherPaidOn, Money.eur(otherAmount)))) {
            Feedback.info("expenditure.declaredOther", otherDescription.trim());
            refreshWarnings();
            PrimeFaces.current().executeScript("PF('otherDialog').hide()");
        }
    }

    public List<CostCategory> getCategories() {
        return Arrays.stream(CostCategory.values()).filter(c -> !c.isFlatRate()).toList();
    }

    public Verdict[] getVerdicts() {
        return Verdict.values();
    }

    public ServiceLazyModel<ExpenditureItem> getModel() {
        return model;
    }

    public List<ReportingPeriod> getPeriods() {
        return periods;
    }


    public Long getPartner() {
        return partner;
    }

    public void setPartner(Long partner) {
        this.partner = partner;
    }

    public Long getPeriod() {
        return period;
    }

    public void setPeriod(Long period) {
        this.period = period;
    }

    public CostCategory getCategory() {
        return category;
    }

    public void setCategory(CostCategory category) {
        this.category = category;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public void setVerdict(Verdict verdict) {
        this.verdict = verdict;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public Long getOtherPartner() {
        return otherPartner;
    }

    public void setOtherPartner(Long otherPartner) {
        this.otherPartner = otherPartner;
    }

    public CostCategory getOtherCategory() {
        return otherCategory;
    }

    public void setOtherCategory(CostCategory otherCategory) {
        this.otherCategory = otherCategory;
    }

    public String getOtherDescription() {
        return otherDescription;
    }

    public void setOtherDescription(String otherDescription) {
        this.otherDescription = otherDescription;
    }

    public LocalDate getOtherDocumentDate() {
        return otherDocumentDate;
    }

    public void setOtherDocumentDate(LocalDate otherDocumentDate) {
        this.otherDocumentDate = otherDocumentDate;
    }

    public LocalDate getOtherPaidOn() {
        return otherPaidOn;
    }

    public void setOtherPaidOn(LocalDate otherPaidOn) {
        this.otherPaidOn = otherPaidOn;
    }

    public BigDecimal getOtherAmount() {
        return otherAmount;
    }

    public void setOtherAmount(BigDecimal otherAmount) {
        this.otherAmount = otherAmount;
    }

    private void refreshWarnings() {
        currentProject.load().ifPresent(project -> showWarnings(thresholds.largestWarnings(project, WARNINGS_SHOWN)));
    }

    private void showWarnings(ThresholdService.Warnings shown) {
        warningCount = shown.count();
        warnings = shown.largest();
    }

    public int getWarningCount() {
        return warningCount;
    }
}
