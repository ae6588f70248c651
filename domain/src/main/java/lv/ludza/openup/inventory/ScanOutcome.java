package lv.ludza.openup.inventory;

/** How a stock-take ended for one asset. */
public enum ScanOutcome {
    /** where the register says it is */
    FOUND,
    /** found, but in another room than the register says */
    MOVED,
    /** found, but it is not one the session expected (another partner's, or written off) */
    UNEXPECTED,
    /** expected and not found when the session closed */
    MISSING,
    /** scanned, but no asset of the register has that number (the scanned text is kept for the protocol) */
    NOT_IN_REGISTER
}
