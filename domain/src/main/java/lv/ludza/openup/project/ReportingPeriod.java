package lv.ludza.openup.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

import org.hibernate.envers.Audited;

import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.DateRange;
import lv.ludza.openup.shared.InProject;

/** One of a project's reporting periods (numbered 1, 2, ...): partners report the expenditure paid in it. */
@Entity
@Table(name = "reporting_period")
@Audited
@NamedQuery(name = "ReportingPeriod.ofProject",
        query = "SELECT r FROM ReportingPeriod r WHERE r.project.id = :project ORDER BY r.number")
@NamedQuery(name = "ReportingPeriod.containing",
        query = "SELECT r FROM ReportingPeriod r WHERE r.project.id = :project"
                + " AND r.period.start <= :day AND r.period.end >= :day")
@InProject("project.id")
public class ReportingPeriod extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @Column(nullable = false)
    private int number;

    @NotNull(message = "{reportingPeriod.period.required}")
    @Embedded
    private DateRange period;

    protected ReportingPeriod() {
        // for JPA
    }

    public ReportingPeriod(Project project, int number, DateRange period) {
        this.project = project;
        this.number = number;
        this.period = period;
    }

    public Project getProject() {
        return project;
    }

    public int getNumber() {
        return number;
    }

    public DateRange getPeriod() {
        return period;
    }

    public void setPeriod(DateRange period) {
        this.period = period;
    }

    @Override
    public String label() {
        return String.valueOf(number);
    }
}
