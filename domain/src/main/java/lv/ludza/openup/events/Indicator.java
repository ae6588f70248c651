package lv.ludza.openup.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import lv.ludza.openup.project.Project;
import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.InProject;

/**
 * An output indicator of a project: its target, and how the achieved value is computed from the events. Lives
 * with the events (not in {@code project}) because every measure is a query over event records; the project
 * package stays free of event knowledge.
 */
@Entity
@Table(name = "output_indicator", uniqueConstraints = @UniqueConstraint(columnNames = { "project_id", "measure" }))
@Audited
@InProject("project.id")
public class Indicator extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Project project;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private IndicatorMeasure measure;

    @Min(value = 0, message = "{events.children.negative}")
    @Column(nullable = false)
    private int target;

    protected Indicator() {
        // for JPA
    }

    public Indicator(Project project, IndicatorMeasure measure, int target) {
        this.project = project;
        this.measure = measure;
        this.target = target;
    }

    public Project getProject() {
        return project;
    }

    public IndicatorMeasure getMeasure() {
        return measure;
    }

    public int getTarget() {
        return target;
    }

    public void setTarget(int target) {
        this.target = target;
    }
}
