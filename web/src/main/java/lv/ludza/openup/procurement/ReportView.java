package lv.ludza.openup.procurement;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;

import lv.ludza.openup.procurement.PartnerReportService.ReportContent;
import lv.ludza.openup.shared.Feedback;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.Navigation;
import lv.ludza.openup.shared.PageRequest;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.ServiceLazyModel;

/**
 * One partner's report for one period: its items with the controller's verdicts, totals per category and the
 * ERDF share, the steps draft → submitted → in control → certified, and the exports.
 */
@Named
@ViewScoped
public class ReportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PartnerReportService reports;

    @Inject
    private ExpenditureService expenditure;

    @Inject
    private EvidenceService evidence;

    /** What the report's items miss, by kind of evidence, counted in the database: the warnings before the pack. */
    private java.util.Map<String, Long> missingEvidence = java.util.Map.of();

    private Long partner;
    private Long period;
    private ReportContent report;
    /** The report's items, a page at a time from the database (a report can hold 50,000). */
    private ServiceLazyModel<ExpenditureItem> items;

    private ExpenditureItem judging;
    private Verdict verdict;
    private BigDecimal certified;
    private String reason;

    public void load() throws IOException {
        if (partner == null || period == null) {
            Navigation.notFound();
            return;
        }
        try {
            report = reports.report(partner, period);
            missingEvidence = evidence.missingCounts(partner, period);
            items = new ServiceLazyModel<>(expenditure::count, expenditure::page)
                    .within(PageRequest.PROJECT, report.partner().getProject().getId())
                    .within("partner", partner).within("period", period);
        } catch (RuleViolation gone) {
            Navigation.notFound();
        }
    }

    private void reload() {
        report = reports.report(partner, period);
    }

    public void submit() {
        step(() -> reports.submit(partner, period, report.reportVersion()), "report.submitted");
    }

    public void startControl() {
        step(() -> reports.startControl(report.reportId(), report.reportVersion()), "report.controlStarted");
    }

    public void certify() {
        step(() -> reports.certify(report.reportId(), report.reportVersion()), "report.certified");
    }

    public void reopen() {
        step(() -> reports.reopen(report.reportId(), report.reportVersion()), "report.reopened");
    }

    private void step(Runnable call, String done) {
        if (Feedback.attempt(call)) {
            Feedback.info(done);
        }
        reload();
    }

    public void startJudging(ExpenditureItem item) {
        judging = item;
        verdict = item.getVerdict() == null ? Verdict.ACCEPTED : item.getVerdict();
        certified = item.getCertified() == null ? null : item.getCertified().amount();
        reason = item.getVerdictReason();
    }

    public void judge() {
        if (Feedback.attempt(() -> reports.judge(judging.getId(), judging.getVersion(), verdict,
                certified == null ? null : Money.eur(certified), reason))) {
            Feedback.info("verdict.saved", judging.getDescription());
            reload();
            PrimeFaces.current().executeScript("PF('verdictDialog').hide()");
        }
    }

    public Verdict[] getVerdicts() {
        return Verdict.values();
    }

    public ServiceLazyModel<ExpenditureItem> getItems() {
        return items;
    }

    /** The kinds of missing evidence with their item counts, in a fixed order, for the warnings. */
    public java.util.List<java.util.Map.Entry<String, Long>> getMissingEvidence() {
        return new java.util.ArrayList<>(missingEvidence.entrySet());
    }

    public ReportContent getReport() {
        return report;
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

    public ExpenditureItem getJudging() {
        return judging;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public void setVerdict(Verdict verdict) {
        this.verdict = verdict;
    }

    public BigDecimal getCertified() {
        return certified;
    }

    public void setCertified(BigDecimal certified) {
        this.certified = certified;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
