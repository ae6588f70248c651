package lv.ludza.openup.monitoring;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import lv.ludza.openup.shared.SchemaState;

/**
 * Ready only when the database schema is the one this version of the application expects: every migration it
 * carries applied, none failed (a restored backup of an older version, say, is not ready until its migrations ran).
 * Asks the EJB module's schema migration, which knows the migrations (by its global name: the checks run on
 * WildFly's management threads, outside the application's naming context).
 */
@Readiness
@ApplicationScoped
public class SchemaReadiness implements HealthCheck {

    static final String NAME = "openup-schema";
    static final String MIGRATION = "java:global/openup/openup-ejb/SchemaMigration!" + SchemaState.class.getName();

    @Override
    public HealthCheckResponse call() {
        try {
            SchemaState schema = InitialContext.doLookup(MIGRATION);
            String problem = schema.problem();
            HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).withData("version", schema.version());
            return problem == null ? response.up().build() : response.down().withData("cause", problem).build();
        } catch (NamingException | RuntimeException e) {
            return HealthCheckResponse.named(NAME).down().withData("cause", Causes.of(e)).build();
        }
    }
}
