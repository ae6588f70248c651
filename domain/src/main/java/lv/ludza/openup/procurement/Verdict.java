package lv.ludza.openup.procurement;

/** The first level controller's verdict on one expenditure item. */
public enum Verdict {
    ACCEPTED, PARTLY, REJECTED
}
