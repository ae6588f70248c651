/** Showing a record's change history on its screen. */
package lv.ludza.openup.audit;
