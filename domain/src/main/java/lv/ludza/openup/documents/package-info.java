/**
 * Documents (attachments): files attached to any record of any feature as evidence for auditors. What a file is
 * comes from its content, never from its name; the bytes live in the database beside their SHA-256, and every
 * upload, download and deletion is logged.
 */
package lv.ludza.openup.documents;
