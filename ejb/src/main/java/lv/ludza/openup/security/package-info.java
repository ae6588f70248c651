/**
 * Users and passwords. Login itself is the server's: the Elytron JDBC realm configured by
 * {@code wildfly-config/cli/security.cli} reads {@code app_user} and {@code app_user_role}.
 */
package lv.ludza.openup.security;
