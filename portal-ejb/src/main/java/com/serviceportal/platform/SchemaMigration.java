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
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

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
                .javaMigrations(new CaseWordsOfExistingCases("25"), new KnowledgeWordsOfArticles("45.1"))
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
            MigrateResult demo;
            try {
                demo = demoData().migrate();
            } catch (FlywayException raced) {
                // Two instances of a cluster starting at once: both found no demo history, the other
                // created it first, and this one's baseline is refused. Once more, it finds the
                // history and waits for the other's lock like any migration.
                LOG.log(Level.INFO, "Demo data: another instance began them first; going on from theirs", raced);
                demo = demoData().migrate();
            }
            int applied = demo.migrationsExecuted;
            LOG.info(() -> "Demo data: " + applied + " script(s) applied");
        }
    }

    private Flyway demoData() {
        return configure("db/demo", "demo_data_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .javaMigrations(
                        new CaseWordsOfExistingCases("10"),
                        new KnowledgeWordsOfDemoArticles("15.1"),
                        new CaseWordsOfExistingCases("16.1"),
                        new KnowledgeCategoriesOfDemoVersions("20.1"))
                .load();
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
