package lv.ludza.openup.travel;

/** The kinds of travel costs besides the per diem. */
public enum ExpenseKind {
    TICKET, ACCOMMODATION, LOCAL_TRANSPORT, INSURANCE, FEE
}
