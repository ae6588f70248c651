package lv.ludza.openup.renovation;

import static lv.ludza.openup.shared.Text.trimmed;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.envers.Audited;

import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.InProject;

/**
 * A phase or a task of the works. A phase is a task with no parent that others name as parent; tasks sit at most
 * one level below a phase. Dates are calendar days, both ends included.
 */
@Entity
@Table(name = "works_task")
@Audited
@NamedQuery(name = "WorksTask.ofWorks", query = "SELECT t FROM WorksTask t LEFT JOIN FETCH t.parent"
        + " WHERE t.works.id = :works ORDER BY t.plannedStart, t.name, t.id")
@NamedQuery(name = "WorksTask.countChildren", query = "SELECT COUNT(t) FROM WorksTask t WHERE t.parent.id = :task")
@InProject("works.partner.project.id")
public class WorksTask extends BaseEntity {

    private static final long serialVersionUID = 1L;

    // set by the service from the works named in the call
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "works_id", nullable = false, updatable = false)
    private Works works;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private WorksTask parent;

    @NotBlank(message = "{renovation.task.name.required}")
    @Size(max = 200, message = "{renovation.text.size}")
    @Column(nullable = false, length = 200)
    private String name;

    @Size(max = 150, message = "{renovation.text.size}")
    @Column(length = 150)
    private String responsible;

    @NotNull(message = "{renovation.plannedStart.required}")
    @Column(nullable = false)
    private LocalDate plannedStart;

    @NotNull(message = "{renovation.plannedEnd.required}")
    @Column(nullable = false)
    private LocalDate plannedEnd;

    private LocalDate actualStart;

    private LocalDate actualEnd;

    @Column(nullable = false)
    private int progress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TaskStatus status = TaskStatus.PLANNED;

    public WorksTask() {
        // a new task, filled in on the works' screen
    }

    public WorksTask(Works works, WorksTask parent, String name, LocalDate plannedStart, LocalDate plannedEnd) {
        this.works = works;
        this.parent = parent;
        this.name = name;
        this.plannedStart = plannedStart;
        this.plannedEnd = plannedEnd;
    }

    /** Dates in order, progress a percentage, and status and progress telling the same story. */
    public void check() {
        if (plannedStart != null && plannedEnd != null && plannedEnd.isBefore(plannedStart)) {
            throw RuleViolation.onField("taskPlannedEnd", "renovation.endBeforeStart");
        }
        if (actualEnd != null && actualStart == null) {
            throw RuleViolation.onField("taskActualStart", "renovation.actualStart.required");
        }
        if (actualStart != null && actualEnd != null && actualEnd.isBefore(actualStart)) {
            throw RuleViolation.onField("taskActualEnd", "renovation.endBeforeStart");
        }
        if (progress < 0 || progress > 100) {
            throw RuleViolation.onField("taskProgress", "renovation.progress.range");
        }
        if (status == TaskStatus.DONE && actualEnd == null) {
            throw RuleViolation.onField("taskActualEnd", "renovation.task.doneNeedsEnd");
        }
        if (parent != null && parent.getParent() != null) {
            throw RuleViolation.onField("taskParent", "renovation.task.tooDeep");
        }
        if (parent != null && parent.getId() != null && parent.getId().equals(getId())) {
            throw RuleViolation.onField("taskParent", "renovation.task.tooDeep");
        }
    }

    /** Records progress; 100 % with an actual end means done. */
    public void record(int percent, LocalDate startedOn, LocalDate endedOn) {
        this.progress = percent;
        this.actualStart = startedOn;
        this.actualEnd = endedOn;
        if (percent == 100 && endedOn != null) {
            status = TaskStatus.DONE;
        } else if (startedOn != null && status == TaskStatus.PLANNED) {
            status = TaskStatus.IN_PROGRESS;
        }
        check();
    }

    /** Not done although its planned end has passed, or done after it. */
    public boolean isLate(LocalDate today) {
        if (actualEnd != null) {
            return actualEnd.isAfter(plannedEnd);
        }
        return status != TaskStatus.DONE && today.isAfter(plannedEnd);
    }

    @Override
    public String label() {
        return name;
    }

    public Works getWorks() {
        return works;
    }

    public void setWorks(Works works) {
        this.works = works;
    }

    public WorksTask getParent() {
        return parent;
    }

    public void setParent(WorksTask parent) {
        this.parent = parent;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = trimmed(name);
    }

    public String getResponsible() {
        return responsible;
    }

    public void setResponsible(String responsible) {
        this.responsible = trimmed(responsible);
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public void setPlannedStart(LocalDate plannedStart) {
        this.plannedStart = plannedStart;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public void setPlannedEnd(LocalDate plannedEnd) {
        this.plannedEnd = plannedEnd;
    }

    public LocalDate getActualStart() {
        return actualStart;
    }

    public void setActualStart(LocalDate actualStart) {
        this.actualStart = actualStart;
    }

    public LocalDate getActualEnd() {
        return actualEnd;
    }

    public void setActualEnd(LocalDate actualEnd) {
        this.actualEnd = actualEnd;
    }

    public int getProgress() {
        return progress;
    }

    public void setProgress(int progress) {
        this.progress = progress;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public void setStatus(TaskStatus status) {
        this.status = status;
    }
}
