/**
 * The application's own metrics that municipal IT's monitoring reads on WildFly's management interface
 * ({@code /metrics}, Micrometer's Prometheus registry, configured by {@code wildfly-config/cli/monitoring.cli}); the
 * readiness checks are in the web module's package of the same name.
 */
package lv.ludza.openup.monitoring;
