package lv.ludza.openup.renovation;

/** Where a task of the works stands. */
public enum TaskStatus {
    PLANNED, IN_PROGRESS, DONE, BLOCKED
}
