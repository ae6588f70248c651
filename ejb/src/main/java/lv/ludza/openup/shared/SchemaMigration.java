package lv.ludza.openup.shared;

import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date at deployment with the versioned migrations in
 * {@code db/migration}. Nothing else creates or changes tables.
 */
@Singleton
@Startup
@LocalBean
@Local(SchemaState.class)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // Flyway manages its own transactions
public class SchemaMigration implements SchemaState {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/OpenUpDS")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = flyway(dataSource).migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now)");
    }

    @Override
    public String version() {
        MigrationInfo current = flyway(dataSource).info().current();
        return current == null ? "none" : current.getVersion().getVersion();
    }

    @Override
    public String problem() {
        MigrationInfoService info = flyway(dataSource).info();
        for (MigrationInfo migration : info.all()) {
            if (migration.getState().isFailed()) {
                return "migration " + migration.getVersion() + " failed";
            }
        }
        int pending = info.pending().length;
        return pending == 0 ? null : pending + " migrations not applied";
    }

    /** Flyway on the application's migrations (also asked by the readiness check whether all are applied). */
    public static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
    }
}
