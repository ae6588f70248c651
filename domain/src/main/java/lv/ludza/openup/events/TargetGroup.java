package lv.ludza.openup.events;

/** Whom an event is for. */
public enum TargetGroup {
    SPECIALISTS, CHILDREN, PUBLIC
}
