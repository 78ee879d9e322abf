package com.serviceportal.platform;

import com.serviceportal.security.Internal;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Brings the database schema up to date before anything else touches it. Flyway takes a database
 * lock around the migration, so two cluster instances starting at once apply each version once.
 *
 * <p>Demo data (customers, contacts and logins for a first look) has its own history table and is
 * applied only where the server sets the system property {@code portal.demo-data=true}, never in
 * production.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@Internal
public class SchemaMigration {

    static final String DEMO_DATA_PROPERTY = "portal.demo-data";
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/portal")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        var schema = configure("db/migration", "schema_history")
                .javaMigrations(new CaseWordsOfExistingCases("25"))
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + schema.targetSchemaVersion + ", " + schema.migrationsExecuted
                + " migration(s) applied");
        if (Boolean.getBoolean(DEMO_DATA_PROPERTY)) {
            var demo = configure("db/demo", "demo_data_history")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .javaMigrations(new CaseWordsOfExistingCases("10"))
                    .load()
                    .migrate();
            LOG.info(() -> "Demo data: " + demo.migrationsExecuted + " script(s) applied");
        }
    }

    private FluentConfiguration configure(String location, String table) {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:" + location)
                .table(table)
                .validateMigrationNaming(true);
    }
}
