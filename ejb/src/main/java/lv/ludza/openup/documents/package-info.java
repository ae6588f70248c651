/**
 * Documents (attachments) of any record: attaching with the checks of {@link lv.ludza.openup.documents.Document},
 * listing, downloading and deleting, each logged; who may change a record's documents is decided here.
 */
package lv.ludza.openup.documents;
