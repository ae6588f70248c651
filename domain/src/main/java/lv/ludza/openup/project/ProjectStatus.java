package lv.ludza.openup.project;

public enum ProjectStatus {
    PLANNED, ACTIVE, CLOSED
}
