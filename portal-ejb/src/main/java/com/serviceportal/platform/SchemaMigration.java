package com.serviceportal.platform;

import com.serviceportal.security.Internal;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.Arrays;
import java.util.Comparator;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Brings the database schema up to date before anything else touches it. Flyway takes a database
 * lock around the migration, so two cluster instances starting at once apply each version once.
 *
 * <p>Demo data (customers, contacts and logins for a first look) has its own history table and is
 * applied only where the configuration says {@code portal.demo-data=true} (a system property, as
 * {@code config/payara/demo.asadmin} sets it, or the environment variable {@code PORTAL_DEMO_DATA}),
 * never in production.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@Internal
public class SchemaMigration {

    static final String DEMO_DATA_PROPERTY = "portal.demo-data";
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    /** Flyway's history table of the schema (not of the demo data). */
    static final String HISTORY = "schema_history";

    @Resource(lookup = "jdbc/portal")
    private DataSource dataSource;

    private MigrationVersion latest;

    @PostConstruct
    void migrate() {
        Flyway flyway = configure("db/migration", HISTORY)
                .javaMigrations(new CaseWordsOfExistingCases("25"))
                .load();
        var schema = flyway.migrate();
        latest = Arrays.stream(flyway.info().all())
                .filter(migration -> migration.getState().isResolved() && migration.getVersion() != null)
                .map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder())
                .orElse(MigrationVersion.EMPTY);
        LOG.info(() -> "Schema at version " + schema.targetSchemaVersion + ", " + schema.migrationsExecuted
                + " migration(s) applied");
        if (ConfigProvider.getConfig()
                .getOptionalValue(DEMO_DATA_PROPERTY, Boolean.class)
                .orElse(false)) {
            var demo = configure("db/demo", "demo_data_history")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .javaMigrations(new CaseWordsOfExistingCases("10"))
                    .load()
                    .migrate();
            LOG.info(() -> "Demo data: " + demo.migrationsExecuted + " script(s) applied");
        }
    }

    /** The newest schema version this build of the portal carries. */
    @Lock(LockType.READ)
    public MigrationVersion latestVersion() {
        return latest;
    }

    private FluentConfiguration configure(String location, String table) {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:" + location)
                .table(table)
                .validateMigrationNaming(true);
    }
}
