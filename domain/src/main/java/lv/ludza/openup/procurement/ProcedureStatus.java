package lv.ludza.openup.procurement;

/** The life of a procedure: planned → announced → evaluated → awarded, or cancelled on the way. */
public enum ProcedureStatus {
    PLANNED, ANNOUNCED, EVALUATED, AWARDED, CANCELLED;

    public boolean isFinal() {
        return this == AWARDED || this == CANCELLED;
    }
}
