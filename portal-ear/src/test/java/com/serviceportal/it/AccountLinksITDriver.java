package com.serviceportal.it;

import com.serviceportal.platform.BusinessException;
import com.serviceportal.security.AccountLinks;
import com.serviceportal.security.Caller;
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
 * Test-only helper of {@link AccountLinksIT}: creates a contact with a username and web access but no
 * password, calls the link service as a desk user or as nobody, moves a link's expiry into the past,
 * and reads what the database keeps of links and passwords. A refused call answers
 * "refused: " and the message key.
 */
@WebServlet("/it/account-links/*")
public class AccountLinksITDriver extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient AccountLinks links;

    @Inject
    private transient Caller caller;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        answer(response, () -> switch (request.getPathInfo()) {
            case "/new-contact" -> newContact(request);
            case "/invite" -> as(request, () -> links.sendInvitation(account(request)));
            case "/reset" -> as(request, () -> links.sendReset(account(request)));
            case "/forgot" -> {
                links.requestReset(request.getParameter("who"));
                yield "ok";
            }
            case "/set" -> {
                links.setPassword(request.getParameter("token"), request.getParameter("password"));
                yield "ok";
            }
            case "/email-changed" -> {
                links.emailChanged(
                        Long.parseLong(request.getParameter("contact")),
                        request.getParameter("old"),
                        request.getParameter("new"));
                yield "ok";
            }
            case "/expire" -> expire(request);
            default -> null;
        });
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        answer(response, () -> switch (request.getPathInfo()) {
            case "/check" -> {
                var link = links.checkLink(request.getParameter("token"));
                yield link.purpose() + " " + link.username();
            }
            case "/stored" -> stored(request);
            default -> null;
        });
    }

    private interface Action {
        String run() throws Exception;
    }

    private void answer(HttpServletResponse response, Action action) throws IOException {
        String answer;
        try {
            answer = action.run();
        } catch (BusinessException e) {
            answer = "refused: " + e.getMessageKey();
        } catch (Exception e) {
            throw new IOException(e);
        }
        if (answer == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().append(answer);
    }

    private String as(HttpServletRequest request, Runnable call) {
        caller.signIn(DemoData.accountId(request.getParameter("as")));
        call.run();
        return "ok";
    }

    /** The login by its id ({@code account}) or by its username ({@code username}). */
    private static long account(HttpServletRequest request) {
        String username = request.getParameter("username");
        return username != null ? DemoData.accountId(username) : Long.parseLong(request.getParameter("account"));
    }

    /** A contact of Nordic Foods AB with a username and web access, and no password yet. */
    private String newContact(HttpServletRequest request) throws SQLException {
        try (Connection connection = DemoData.database().getConnection()) {
            long contactId = next(connection, "contact_seq");
            long accountId = next(connection, "user_account_seq");
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO contact (id, customer_id, first_name, last_name, email, language, version)"
                            + " VALUES (?, ?, ?, ?, ?, ?, 0)")) {
                insert.setLong(1, contactId);
                insert.setLong(2, DemoData.customerId("Nordic Foods AB"));
                insert.setString(3, request.getParameter("first"));
                insert.setString(4, request.getParameter("last"));
                insert.setString(5, request.getParameter("email"));
                insert.setString(6, request.getParameter("language"));
                insert.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO user_account (id, username, password_hash, role, display_name, contact_id, enabled,"
                            + " language, version) VALUES (?, ?, NULL, 'CUSTOMER', ?, ?, ?, ?, 0)")) {
                insert.setLong(1, accountId);
                insert.setString(2, request.getParameter("username"));
                insert.setString(3, request.getParameter("first") + " " + request.getParameter("last"));
                insert.setLong(4, contactId);
                insert.setBoolean(5, !"false".equals(request.getParameter("web")));
                insert.setString(6, request.getParameter("language"));
                insert.executeUpdate();
            }
            return contactId + " " + accountId;
        }
    }

    /** Moves the expiry of the account's open links one second into the past, as an hour's wait would. */
    private String expire(HttpServletRequest request) throws SQLException {
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE account_link SET expires_at = ? WHERE account_id = ? AND used_at IS NULL")) {
            update.setTimestamp(1, Timestamp.from(Instant.now().minusSeconds(1)));
            update.setLong(2, account(request));
            return Integer.toString(update.executeUpdate());
        }
    }

    /** The account's stored password hash (or "none"), and the hashes of its links, one a line. */
    private String stored(HttpServletRequest request) throws SQLException {
        StringBuilder answer = new StringBuilder();
        try (Connection connection = DemoData.database().getConnection()) {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT password_hash FROM user_account WHERE id = ?")) {
                select.setLong(1, account(request));
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    answer.append(row.getString(1) == null ? "none" : row.getString(1));
                }
            }
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT token_hash FROM account_link WHERE account_id = ?")) {
                select.setLong(1, account(request));
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        answer.append('\n').append(row.getString(1));
                    }
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
