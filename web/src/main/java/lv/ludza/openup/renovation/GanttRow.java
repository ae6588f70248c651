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
}
