/**
 * Exports that every feature uses: spreadsheets (XLSX, written row by row so that long lists stream) and
 * printable PDF documents in one layout with the programme's co-financing line, and the servlet that serves them.
 */
package lv.ludza.openup.reporting;
