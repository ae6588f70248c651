package lv.ludza.openup.documents;

/** A document's bytes as they are downloaded, with the name and content type to send them with. */
public record DocumentFile(long id, String fileName, String contentType, String sha256, byte[] content) {
}
