package com.serviceportal.it;

import com.serviceportal.security.AccountLinks;
import com.serviceportal.security.AccountService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Test-only helper of {@link SignInSecurityIT}: creates a contact login of its own with a password,
 * asks for a reset link and uses it as "Forgot password?" does,
 * puts back the sign-in counts a test caused (of a login, a name and the caller's own address, so
 * that the demo logins other tests use are never left locked), sets the caller's address's count as
 * many failures would, and reads the security log of a username. The test server trusts no proxy,
 * so the caller's address is the one its sign-ins are counted by.
 */
@WebServlet("/it/sign-in/*")
public class SignInSecurityITDriver extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient AccountService accounts;

    @Inject
    private transient AccountLinks links;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String answer;
        try {
            answer = switch (request.getPathInfo()) {
                case "/new-login" -> newLogin(request);
                case "/forget" -> forget(request);
                case "/address-failures" -> addressFailures(request);
                case "/forgot" -> {
                    links.requestReset(request.getParameter("who"));
                    yield "ok";
                }
                case "/set-password" -> {
                    links.setPassword(request.getParameter("token"), request.getParameter("password"));
                    yield "ok";
                }
                default -> null;
            };
        } catch (SQLException e) {
            throw new IOException(e);
        }
        respond(response, answer);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            respond(response, "/log".equals(request.getPathInfo()) ? log(request) : null);
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    private static void respond(HttpServletResponse response, String answer) throws IOException {
        if (answer == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().append(answer);
    }

    /** A contact of Nordic Foods AB with web access, the given e-mail address and password; answers its id. */
    private String newLogin(HttpServletRequest request) throws SQLException {
        long accountId;
        try (Connection connection = DemoData.database().getConnection()) {
            long contactId = next(connection, "contact_seq");
            accountId = next(connection, "user_account_seq");
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO contact (id, customer_id, first_name, last_name, email, language, version)"
                            + " VALUES (?, ?, 'Signin', 'Tester', ?, 'en', 0)")) {
                insert.setLong(1, contactId);
                insert.setLong(2, DemoData.customerId("Nordic Foods AB"));
                insert.setString(3, request.getParameter("email"));
                insert.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO user_account (id, username, password_hash, role, display_name, contact_id, enabled,"
                            + " language, version) VALUES (?, ?, NULL, 'CUSTOMER', 'Signin Tester', ?, 1, 'en', 0)")) {
                insert.setLong(1, accountId);
                insert.setString(2, request.getParameter("username"));
                insert.setLong(3, contactId);
                insert.executeUpdate();
            }
        }
        accounts.changePassword(accountId, request.getParameter("password").toCharArray());
        return Long.toString(accountId);
    }

    /** Forgets the counts of a login ({@code account}), a name ({@code name}) and the caller's address. */
    private static String forget(HttpServletRequest request) throws SQLException {
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM sign_in_throttle"
                        + " WHERE (kind = 'ACCOUNT' AND throttle_key = ?) OR (kind = 'NAME' AND throttle_key = ?)"
                        + " OR (kind = 'ADDRESS' AND throttle_key = ?)")) {
            delete.setString(1, String.valueOf(request.getParameter("account")));
            delete.setString(2, String.valueOf(request.getParameter("name")).toLowerCase());
            delete.setString(3, request.getRemoteAddr());
            return Integer.toString(delete.executeUpdate());
        }
    }

    /** Sets the caller's address's count to {@code failures} recent failures, as that many failed attempts would. */
    private static String addressFailures(HttpServletRequest request) throws SQLException {
        String address = request.getRemoteAddr();
        try (Connection connection = DemoData.database().getConnection()) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM sign_in_throttle WHERE kind = 'ADDRESS' AND throttle_key = ?")) {
                delete.setString(1, address);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO sign_in_throttle (id, kind, throttle_key, failures, last_failure_at, version)"
                            + " VALUES (?, 'ADDRESS', ?, ?, ?, 0)")) {
                insert.setLong(1, next(connection, "sign_in_throttle_seq"));
                insert.setString(2, address);
                insert.setInt(3, Integer.parseInt(request.getParameter("failures")));
                insert.setTimestamp(4, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
        }
        return address;
    }

    /** The security log of a username, oldest first: one line per event, "KIND detail". */
    private static String log(HttpServletRequest request) throws SQLException {
        StringBuilder answer = new StringBuilder();
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT kind, detail FROM security_event WHERE username = ? ORDER BY occurred_at, id")) {
            select.setString(1, request.getParameter("username"));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    answer.append(rows.getString(1));
                    if (rows.getString(2) != null) {
                        answer.append(' ').append(rows.getString(2));
                    }
                    answer.append('\n');
                }
            }
        }
        return answer.toString();
    }

    private static long next(Connection connection, String sequence) throws SQLException {
        try (PreparedStatement next = connection.prepareStatement("SELECT NEXT VALUE FOR " + sequence);
                ResultSet value = next.executeQuery()) {
            value.next();
            return value.getLong(1);
        }
    }
}
