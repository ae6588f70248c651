package lv.ludza.openup.renovation;

/** What the acceptance commission decided. */
public enum AcceptanceResult {
    ACCEPTED, ACCEPTED_WITH_DEFECTS, REJECTED
}
