package lv.ludza.openup.renovation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tasks of works with their finish-to-start predecessors and the schedule of the tasks that are not phases
 * (phases span their tasks).
 *
 * @param tasks        phases and tasks by planned start
 * @param predecessors task id → the ids of the tasks it waits for
 * @param phases       ids of the tasks that have tasks below them
 * @param schedule     critical path and float of the tasks that are not phases
 */
public record WorksPlan(List<WorksTask> tasks, Map<Long, List<Long>> predecessors, Set<Long> phases,
        Schedule schedule) {

    public List<Long> predecessorsOf(long taskId) {
        return predecessors.getOrDefault(taskId, List.of());
    }

    public boolean isPhase(long taskId) {
        return phases.contains(taskId);
    }

    public boolean isCritical(long taskId) {
        return !phases.contains(taskId) && schedule.isCritical(taskId);
    }

    public WorksTask task(long id) {
        return tasks.stream().filter(t -> t.getId() == id).findFirst().orElseThrow();
    }

    /** First planned or actual day of any task, null without tasks. */
    public LocalDate firstDay() {
        return tasks.stream().flatMap(t -> java.util.stream.Stream.of(t.getPlannedStart(), t.getActualStart()))
                .filter(java.util.Objects::nonNull).min(LocalDate::compareTo).orElse(null);
    }

    /** Last planned or actual day of any task, null without tasks. */
    public LocalDate lastDay() {
        return tasks.stream().flatMap(t -> java.util.stream.Stream.of(t.getPlannedEnd(), t.getActualEnd()))
                .filter(java.util.Objects::nonNull).max(LocalDate::compareTo).orElse(null);
    }
}
