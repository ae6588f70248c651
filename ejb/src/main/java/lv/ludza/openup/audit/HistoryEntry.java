package lv.ludza.openup.audit;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One revision of a record: when, by whom, what kind of change and which fields changed. */
public record HistoryEntry(long revision, Instant at, String username, Kind kind, List<FieldChange> changes)
        implements Serializable {

    public enum Kind {
        CREATED, CHANGED, DELETED
    }
}
