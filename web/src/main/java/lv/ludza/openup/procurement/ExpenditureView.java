package lv.ludza.openup.procurement;

import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import lv.ludza.openup.project.ProjectService;
import lv.ludza.openup.project.ReportingPeriod;
import lv.ludza.openup.shared.Feedback;
import lv.ludza.openup.shared.Money;
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
    private List<ThresholdService.Warning> warnings = List.of();
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

    @PostConstruct
    void init() {
        ExpenditureService service = expenditure;
        model = new ServiceLazyModel<>(ignored -> service.count(filters()),
                request -> service.page(new PageRequest(request.first(), request.size(), request.sortField(),
                        request.ascending(), filters())));
        currentProject.load().ifPresent(project -> {
            periods = projects.periodsOf(project.getId());
            warnings = thresholds.warnings(project);
        });
    }

    /** Costs that reached a procurement threshold without the procedure it asks for. */
    public List<ThresholdService.Warning> getWarnings() {
        return warnings;
    }

    /** The filters chosen above the list, as the service and the export link take them. */
    Map<String, String> filters() {
        Map<String, String> filters = new HashMap<>();
        put(filters, "partner.project", currentProject.getId());
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
            currentProject.load().ifPresent(project -> warnings = thresholds.warnings(project));
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
}
