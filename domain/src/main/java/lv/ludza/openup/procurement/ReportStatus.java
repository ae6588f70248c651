package lv.ludza.openup.procurement;

/** Where a partner report is on its way to the programme: draft → submitted → in control → certified. */
public enum ReportStatus {
    DRAFT, SUBMITTED, IN_CONTROL, CERTIFIED;

    /** Whether the expenditure of the report may still change (only while it is a draft). */
    public boolean isOpen() {
        return this == DRAFT;
    }
}
