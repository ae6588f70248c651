/**
 * Events of every kind (seminars, conferences, camps, lessons, video classes, meetings), their agenda,
 * registrations with capacity and waiting list, attendance per day, anonymous children counts and the output
 * indicators computed from them.
 */
package lv.ludza.openup.events;
