package lv.ludza.openup.procurement;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.project.CurrentProject;

import lv.ludza.openup.procurement.PartnerReportService.ReportSummary;

/** Every partner's report of every reporting period, with its status and totals. */
@Named
@ViewScoped
public class ReportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentProject currentProject;


    @Inject
    private PartnerReportService reports;

    private List<ReportSummary> summaries = List.of();

    @PostConstruct
    void init() {
        currentProject.load().ifPresent(project -> summaries = reports.overview(project));
    }

    public List<ReportSummary> getSummaries() {
        return summaries;
    }
}
