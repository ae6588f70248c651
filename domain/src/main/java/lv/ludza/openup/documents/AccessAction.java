package lv.ludza.openup.documents;

/** What someone did with a document, as the access log records it. */
public enum AccessAction {
    UPLOAD, DOWNLOAD, DELETE,
    /** Downloaded as part of a partner report's evidence pack. */
    PACKED
}
