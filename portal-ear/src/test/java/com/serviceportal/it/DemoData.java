package com.serviceportal.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The demo customers and logins the test server is provisioned with (see db/demo), looked up by
 * name rather than by id.
 */
public final class DemoData {

    public static final String PASSWORD = "Service-Demo-2026";
    /** Contact on the company Nordic Foods AB, which has two sites. */
    public static final String COMPANY_CONTACT = "anna";
    /** Contact on the site Nordic Foods Göteborg plant. */
    public static final String SITE_CONTACT = "sven";
    /** Contact of another company, Baltic Marine Ltd. */
    public static final String OTHER_COMPANY_CONTACT = "mark";

    public static final String TECHNICIAN = "tom";

    public static final String ADMINISTRATOR = "ada";

    private DemoData() {}

    public static DataSource database() {
        try {
            return InitialContext.doLookup("jdbc/portal");
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long accountId(String username) {
        return single("SELECT id FROM user_account WHERE username = ?", username);
    }

    /** A contact by its e-mail address. */
    public static long contactId(String email) {
        return single("SELECT id FROM contact WHERE email = ?", email);
    }

    public static long customerId(String name) {
        return single("SELECT id FROM customer WHERE name = ?", name);
    }

    /** The id of a named row of a configuration table: a team or a tracking status. */
    public static long id(String table, String name) {
        if (!table.equals("team") && !table.equals("tracking_status")) {
            throw new IllegalArgumentException(table);
        }
        return single("SELECT id FROM " + table + " WHERE name = ?", name);
    }

    /** The first column of the row a query with one parameter reads, as text; {@code null} when it reads none. */
    public static String text(String sql, String parameter) throws SQLException {
        try (Connection connection = database().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    /** Runs a statement that changes rows, its parameters in order. */
    public static void update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = database().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static long single(String sql, String parameter) {
        try (Connection connection = database().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("No demo row for " + parameter);
                }
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
