package com.serviceportal.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Which database the portal runs on, for the rare statement that must be written differently: SQL
 * Server in production, the H2 that Payara ships for a first look. Read once from the driver.
 *
 * <p>The server property {@value #DIALECT_PROPERTY} ({@code h2} or {@code sqlserver}) overrides what
 * the driver says, so that the tests run the statements written for SQL Server on H2 too and compare
 * their rows with H2's own (docs/decisions/0035). It is read here and nowhere else.
 */
@ApplicationScoped
public class Database {

    /** The server property that makes the portal write its SQL for the named dialect. */
    public static final String DIALECT_PROPERTY = "portal.database.dialect";

    /** The ways of writing SQL that the portal knows. */
    public enum Dialect {
        H2("h2"),
        SQL_SERVER("sqlserver");

        private final String propertyValue;

        Dialect(String propertyValue) {
            this.propertyValue = propertyValue;
        }

        /** The value of {@value #DIALECT_PROPERTY} that chooses this dialect. */
        public String propertyValue() {
            return propertyValue;
        }

        static Dialect ofProperty(String value) {
            return Arrays.stream(values())
                    .filter(dialect ->
                            dialect.propertyValue.equals(value.strip().toLowerCase(Locale.ROOT)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            DIALECT_PROPERTY + " is '" + value + "'; it may be h2 or sqlserver"));
        }
    }

    @Resource(lookup = "jdbc/portal")
    private DataSource dataSource;

    private volatile Dialect detected;

    /** The dialect the portal's SQL is written in: the property's when set, otherwise the driver's. */
    public Dialect dialect() {
        String forced = System.getProperty(DIALECT_PROPERTY);
        if (forced != null && !forced.isBlank()) {
            return Dialect.ofProperty(forced);
        }
        Dialect known = detected;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                known = connection
                                .getMetaData()
                                .getDatabaseProductName()
                                .toUpperCase(Locale.ROOT)
                                .startsWith("H2")
                        ? Dialect.H2
                        : Dialect.SQL_SERVER;
            } catch (SQLException e) {
                throw new IllegalStateException("The database did not tell its product name", e);
            }
            detected = known;
        }
        return known;
    }
}
