/**
 * Documents on the screens: the include {@code WEB-INF/includes/documents.xhtml} any record's form uses (list,
 * upload, delete, access log) and the download of a document's file.
 */
package lv.ludza.openup.documents;
