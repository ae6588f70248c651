/**
 * What every screen uses: the user's language, formatting per locale, localised messages and the mapping of
 * service rule violations to messages next to the field they concern.
 */
package lv.ludza.openup.shared;
