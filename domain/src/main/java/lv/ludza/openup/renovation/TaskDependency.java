package lv.ludza.openup.renovation;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.InProject;

/** Finish-to-start: the task may start only after its predecessor has finished. */
@Entity
@Table(name = "works_task_dependency")
@Audited
@NamedQuery(name = "TaskDependency.ofWorks", query = "SELECT d FROM TaskDependency d"
        + " WHERE d.task.works.id = :works")
@NamedQuery(name = "TaskDependency.ofTask", query = "SELECT d FROM TaskDependency d"
        + " WHERE d.task.id = :task OR d.predecessor.id = :task")
@InProject("task.works.partner.project.id")
public class TaskDependency extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id", nullable = false, updatable = false)
    private WorksTask task;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "predecessor_id", nullable = false, updatable = false)
    private WorksTask predecessor;

    protected TaskDependency() {
        // for JPA
    }

    public TaskDependency(WorksTask task, WorksTask predecessor) {
        this.task = task;
        this.predecessor = predecessor;
    }

    public WorksTask getTask() {
        return task;
    }

    public WorksTask getPredecessor() {
        return predecessor;
    }
}
