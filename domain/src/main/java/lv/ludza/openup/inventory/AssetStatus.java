package lv.ludza.openup.inventory;

/** Where an asset is in its life; LOST and WRITTEN_OFF are the end of it. */
public enum AssetStatus {
    IN_USE, LENT_OUT, IN_REPAIR, LOST, WRITTEN_OFF;

    public boolean isDisposed() {
        return this == LOST || this == WRITTEN_OFF;
    }
}
