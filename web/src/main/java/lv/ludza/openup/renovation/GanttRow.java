package lv.ludza.openup.renovation;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One bar of the schedule chart: where the planned and the actual bar sit, as percentages of the chart's width,
 * and what the row says (critical, late, the tasks it waits for).
 */
public record GanttRow(long id, String name, boolean phase, boolean child, boolean critical, boolean late,
        boolean done, int progress, String status, LocalDate plannedStart, LocalDate plannedEnd,
        LocalDate actualStart, LocalDate actualEnd, String plannedStyle, String actualStyle, String after,
        long totalFloat, String broken) implements Serializable {

    private static final long serialVersionUID = 1L;

    public boolean hasActual() {
        return actualStyle != null;
    }

    // JavaBean getters: Expression Language 5 does not see record components

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isPhase() {
        return phase;
    }

    public boolean isChild() {
        return child;
    }

    public boolean isCritical() {
        return critical;
    }

    public boolean isLate() {
        return late;
    }

    public boolean isDone() {
        return done;
    }

    public int getProgress() {
        return progress;
    }

    public String getStatus() {
        return status;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public LocalDate getActualStart() {
        return actualStart;
    }

    public LocalDate getActualEnd() {
        return actualEnd;
    }

    public String getPlannedStyle() {
        return plannedStyle;
    }

    public String getActualStyle() {
        return actualStyle;
    }

    public String getAfter() {
        return after;
    }

    public long getTotalFloat() {
        return totalFloat;
    }

    public String getBroken() {
        return broken;
    }
}
