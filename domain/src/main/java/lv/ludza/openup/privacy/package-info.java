/**
 * Personal data of participants and travellers (GDPR): the versioned consent text, the log of what was done with
 * a person's data.
 */
package lv.ludza.openup.privacy;
