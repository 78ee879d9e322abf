package com.serviceportal.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Which database the portal runs on, for the rare statement that must be written differently: SQL
 * Server in production, the H2 that Payara ships for a first look. Read once from the driver.
 */
@ApplicationScoped
public class Database {

    @Resource(lookup = "jdbc/portal")
    private DataSource dataSource;

    private volatile Boolean h2;

    /** Whether the database is H2. */
    public boolean isH2() {
        Boolean known = h2;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                known = connection
                        .getMetaData()
                        .getDatabaseProductName()
                        .toUpperCase(Locale.ROOT)
                        .startsWith("H2");
            } catch (SQLException e) {
                throw new IllegalStateException("The database did not tell its product name", e);
            }
            h2 = known;
        }
        return known;
    }
}
