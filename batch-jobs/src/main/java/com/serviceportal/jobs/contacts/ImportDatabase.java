package com.serviceportal.jobs.contacts;

import java.sql.Connection;
import java.sql.SQLException;
import javax.naming.NamingException;
import javax.sql.DataSource;

/** The application's database; its connections join the chunk's transaction. */
final class ImportDatabase {

    private ImportDatabase() {}

    static Connection connect() throws SQLException {
        try {
            DataSource database = javax.naming.InitialContext.doLookup("jdbc/portal");
            return database.getConnection();
        } catch (NamingException e) {
            throw new SQLException("No data source jdbc/portal", e);
        }
    }
}
