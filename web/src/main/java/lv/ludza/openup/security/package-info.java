/** The logged-in user (top bar, logout), their account page and the administrator's user screen. */
package lv.ludza.openup.security;
