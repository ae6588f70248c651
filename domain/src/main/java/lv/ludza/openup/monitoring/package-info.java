/**
 * The readiness checks of {@code /health/ready} (MicroProfile Health, configured by
 * {@code wildfly-config/cli/monitoring.cli}). In the EAR's library, because WildFly's health subsystem looks for the
 * checks of an EAR with one module's view, and every module sees the library; the application's own metrics are in
 * the EJB module's package of the same name.
 */
package lv.ludza.openup.monitoring;
