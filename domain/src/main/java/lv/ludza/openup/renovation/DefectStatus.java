package lv.ludza.openup.renovation;

/** A defect found at acceptance: open, fixed by the contractor, verified by the partner. Only forward, one step. */
public enum DefectStatus {
    OPEN, FIXED, VERIFIED;

    /** The status after this one, or null after the last. */
    public DefectStatus next() {
        return this == OPEN ? FIXED : this == FIXED ? VERIFIED : null;
    }
}
