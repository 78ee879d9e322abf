package com.serviceportal.platform;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A migration that fills rows whose contents only Java can compute (words cut or stemmed by the
 * application's own rules). Flyway runs it once, under its lock and in one transaction, like the
 * SQL migrations; it has no checksum, as its text is code.
 */
abstract class DataMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    DataMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    @Override
    public final MigrationVersion getVersion() {
        return version;
    }

    @Override
    public final String getDescription() {
        return description;
    }

    @Override
    public final Integer getChecksum() {
        return null;
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return true;
    }
}
