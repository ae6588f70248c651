package lv.ludza.openup.procurement;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.ReportingPeriod;
import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.InProject;

/**
 * A partner's report of its expenditure for one reporting period. While a draft its items may change; once
 * submitted it goes to first level control and is certified; only the coordinator reopens it.
 */
@Entity
@Table(name = "partner_report")
@Audited
@NamedQuery(name = "PartnerReport.of",
        query = "SELECT r FROM PartnerReport r WHERE r.partner.id = :partner AND r.period.id = :period")
@NamedQuery(name = "PartnerReport.ofProject",
        query = "SELECT r FROM PartnerReport r WHERE r.partner.project.id = :project")
@InProject("partner.project.id")
public class PartnerReport extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false, updatable = false)
    private Partner partner;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id", nullable = false, updatable = false)
    private ReportingPeriod period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReportStatus status = ReportStatus.DRAFT;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    @Column(name = "certified_on")
    private LocalDate certifiedOn;

    protected PartnerReport() {
        // for JPA
    }

    public PartnerReport(Partner partner, ReportingPeriod period) {
        this.partner = partner;
        this.period = period;
    }

    /** @throws RuleViolation {@code report.empty} when there is nothing to report */
    public void submit(LocalDate on, long items) {
        requireStatus(ReportStatus.DRAFT, ReportStatus.SUBMITTED);
        if (items == 0) {
            throw new RuleViolation("report.empty");
        }
        status = ReportStatus.SUBMITTED;
        submittedOn = on;
    }

    public void startControl() {
        requireStatus(ReportStatus.SUBMITTED, ReportStatus.IN_CONTROL);
        status = ReportStatus.IN_CONTROL;
    }

    /** @throws RuleViolation {@code report.verdictsMissing} while items are without a verdict */
    public void certify(LocalDate on, long itemsWithoutVerdict) {
        requireStatus(ReportStatus.IN_CONTROL, ReportStatus.CERTIFIED);
        if (itemsWithoutVerdict > 0) {
            throw new RuleViolation("report.verdictsMissing", itemsWithoutVerdict);
        }
        status = ReportStatus.CERTIFIED;
        certifiedOn = on;
    }

    /** Back to a draft (the coordinator's decision, e.g. after the controller asked for corrections). */
    public void reopen() {
        if (status == ReportStatus.DRAFT) {
            throw new RuleViolation("report.transition", status, ReportStatus.DRAFT);
        }
        status = ReportStatus.DRAFT;
        submittedOn = null;
        certifiedOn = null;
    }

    /** @throws RuleViolation {@code report.locked} unless the items may change (draft) */
    public void requireOpen() {
        if (!status.isOpen()) {
            throw new RuleViolation("report.locked", period.getNumber(), status);
        }
    }

    /** @throws RuleViolation {@code report.notInControl} unless the controller is at work */
    public void requireInControl() {
        if (status != ReportStatus.IN_CONTROL) {
            throw new RuleViolation("report.notInControl", status);
        }
    }

    private void requireStatus(ReportStatus from, ReportStatus to) {
        if (status != from) {
            throw new RuleViolation("report.transition", status, to);
        }
    }

    @Override
    public String label() {
        return partner.getShortName() + " / " + period.getNumber();
    }

    public Partner getPartner() {
        return partner;
    }

    public ReportingPeriod getPeriod() {
        return period;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public LocalDate getCertifiedOn() {
        return certifiedOn;
    }
}
