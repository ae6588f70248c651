package lv.ludza.openup.renovation;

/** Works are open while being done and accepted; closed once accepted with every defect verified. */
public enum WorksStatus {
    OPEN, CLOSED
}
