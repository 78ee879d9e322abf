package com.serviceportal.jobs.contracts;

import java.sql.Connection;
import java.sql.SQLException;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The application's database. Its connections join the chunk's transaction, so a chunk's reads and
 * its one update commit together with the checkpoint.
 */
final class PortalDatabase {

    private static final String JNDI_NAME = "jdbc/portal";

    private PortalDatabase() {}

    static Connection connect() throws SQLException {
        try {
            DataSource database = javax.naming.InitialContext.doLookup(JNDI_NAME);
            return database.getConnection();
        } catch (NamingException e) {
            throw new SQLException("No data source " + JNDI_NAME, e);
        }
    }
}
