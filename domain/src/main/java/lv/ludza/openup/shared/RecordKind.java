package lv.ludza.openup.shared;

/** A kind of record another one points to by kind and id (e.g. what a document is attached to). */
public interface RecordKind {

    /** The entity class of the records of this kind. */
    Class<? extends BaseEntity> type();
}
