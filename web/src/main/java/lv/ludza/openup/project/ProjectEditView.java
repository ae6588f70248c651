package lv.ludza.openup.project;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;

import lv.ludza.openup.audit.HistoryEntry;
import lv.ludza.openup.audit.HistoryService;
import lv.ludza.openup.shared.DateRange;
import lv.ludza.openup.shared.Navigation;
import lv.ludza.openup.shared.Feedback;
import lv.ludza.openup.shared.LocalizedText;

/**
 * Editing the project's identity: number, acronym, names, period, status. A save that meets someone else's
 * newer save is refused with a message, and the input stays on the screen.
 */
@Named
@ViewScoped
public class ProjectEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentProject currentProject;

    @Inject
    private ProjectService projects;

    @Inject
    private HistoryService history;

    private Long id;
    private Project project;
    private String nameLv;
    private String nameLt;
    private String nameEn;
    private LocalDate start;
    private LocalDate end;
    private List<HistoryEntry> entries;
    private BigDecimal flexibilityPercent;

    private Partner partner;
    private BigDecimal erdfPercent;

    private List<ReportingPeriod> periods;
    private Long periodId;
    private long periodVersion;
    private LocalDate periodStart;
    private LocalDate periodEnd;

    /** f:viewAction: the project named by the URL, else the default one. */
    public void load() throws IOException {
        project = (id == null ? currentProject.load() : projects.findWithPartners(id)).orElse(null);
        if (project == null) {
            if (id != null) {
                Navigation.notFound();
            }
            return;
        }
        id = project.getId();
        nameLv = project.getName().getLv();
        nameLt = project.getName().getLt();
        nameEn = project.getName().getEn();
        start = project.getPeriod().start();
        end = project.getPeriod().end();
        entries = history.historyOf(Project.class, id);
        flexibilityPercent = project.getBudgetFlexibility().movePointRight(2);
        periods = projects.periodsOf(id);
    }

    public void save() {
        if (end.isBefore(start)) {
            Feedback.fieldError("end", "period.endBeforeStart");
            return;
        }
        project.setName(new LocalizedText(nameLv, nameLt, nameEn));
        project.setPeriod(DateRange.of(start, end));
        project.setBudgetFlexibility(flexibilityPercent == null ? null : flexibilityPercent.movePointLeft(2));
        Project[] saved = new Project[1];
        if (Feedback.validate(project) && Feedback.attempt(() -> saved[0] = projects.save(project))) {
            project = saved[0];
            entries = history.historyOf(Project.class, id);
            Feedback.info("project.saved");
        }
    }

    /** Opens a partner in the dialog. */
    public void editPartner(Partner shown) {
        partner = shown;
        erdfPercent = shown.getErdfRate().movePointRight(2);
    }

    public void savePartner() {
        partner.setErdfRate(erdfPercent == null ? null : erdfPercent.movePointLeft(2));
        if (Feedback.validate(partner) && Feedback.attempt(() -> projects.savePartner(partner))) {
            Feedback.info("partner.saved", partner.getShortName());
            project = projects.findWithPartners(id).orElseThrow();
            PrimeFaces.current().executeScript("PF('partnerDialog').hide()");
        }
    }

    public void newPeriod() {
        periodId = null;
        periodVersion = 0;
        ReportingPeriod last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
        periodStart = last == null ? project.getPeriod().start() : last.getPeriod().end().plusDays(1);
        periodEnd = null;
    }

    public void editPeriod(ReportingPeriod shown) {
        periodId = shown.getId();
        periodVersion = shown.getVersion();
        periodStart = shown.getPeriod().start();
        periodEnd = shown.getPeriod().end();
    }

    public void savePeriod() {
        if (periodEnd.isBefore(periodStart)) {
            Feedback.fieldError("periodEnd", "period.endBeforeStart");
            return;
        }
        if (Feedback.attempt(() -> projects.savePeriod(id, periodId, periodVersion,
                DateRange.of(periodStart, periodEnd)))) {
            Feedback.info("reportingPeriod.saved");
            periods = projects.periodsOf(id);
            PrimeFaces.current().executeScript("PF('periodDialog').hide()");
        }
    }

    public void deletePeriod(ReportingPeriod shown) {
        if (Feedback.attempt(() -> projects.deletePeriod(shown.getId(), shown.getVersion()))) {
            Feedback.info("reportingPeriod.deleted", shown.getNumber());
        }
        periods = projects.periodsOf(id);
    }

    public BigDecimal getFlexibilityPercent() {
        return flexibilityPercent;
    }

    public void setFlexibilityPercent(BigDecimal flexibilityPercent) {
        this.flexibilityPercent = flexibilityPercent;
    }

    public Partner getPartner() {
        return partner;
    }

    public BigDecimal getErdfPercent() {
        return erdfPercent;
    }

    public void setErdfPercent(BigDecimal erdfPercent) {
        this.erdfPercent = erdfPercent;
    }

    public Country[] getCountries() {
        return Country.values();
    }

    public List<ReportingPeriod> getPeriods() {
        return periods;
    }

    public Long getPeriodId() {
        return periodId;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    public ProjectStatus[] getStatuses() {
        return ProjectStatus.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Project getProject() {
        return project;
    }

    public String getNameLv() {
        return nameLv;
    }

    public void setNameLv(String nameLv) {
        this.nameLv = nameLv;
    }

    public String getNameLt() {
        return nameLt;
    }

    public void setNameLt(String nameLt) {
        this.nameLt = nameLt;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }

    public List<HistoryEntry> getEntries() {
        return entries;
    }
}
