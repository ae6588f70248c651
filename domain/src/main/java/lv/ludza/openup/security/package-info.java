/**
 * Users of the product: roles, the partner each works for, preferred language. Passwords are stored only as
 * bcrypt hashes, which the server's security realm checks at login.
 */
package lv.ludza.openup.security;
