package com.serviceportal.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Ready only while the database's schema is at the newest version this build carries: a database
 * restored from an older backup, or a migration that failed, keeps the instance out of the balancer.
 */
@Readiness
@ApplicationScoped
public class SchemaReadiness implements HealthCheck {

    static final String NAME = "schema";

    // Flyway creates its history table and columns with quoted lower-case names.
    private static final String APPLIED = "SELECT \"version\" FROM \"" + SchemaMigration.HISTORY
            + "\" WHERE \"success\" = ? AND \"version\" IS NOT NULL";

    @Resource(lookup = "jdbc/portal")
    private DataSource dataSource;

    @EJB
    private SchemaMigration migration;

    @Override
    public HealthCheckResponse call() {
        MigrationVersion expected = migration.latestVersion();
        MigrationVersion applied = MigrationVersion.EMPTY;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(APPLIED)) {
            query.setBoolean(1, true);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    MigrationVersion version = MigrationVersion.fromVersion(rows.getString(1));
                    applied = version.compareTo(applied) > 0 ? version : applied;
                }
            }
        } catch (SQLException | RuntimeException e) {
            return HealthCheckResponse.named(NAME)
                    .down()
                    .withData("error", e.toString())
                    .build();
        }
        return HealthCheckResponse.named(NAME)
                .status(applied.compareTo(expected) >= 0)
                .withData("applied", applied.getVersion())
                .withData("expected", expected.getVersion())
                .build();
    }
}
