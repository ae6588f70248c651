package lv.ludza.openup.renovation;

import java.util.List;

/** A saved task and the finish-to-start dependencies its dates now break (a warning, not a refusal). */
public record TaskSaved(WorksTask task, List<Schedule.Broken> broken) {
}
