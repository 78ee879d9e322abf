package com.serviceportal.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Test-only reader of the portal's outbox for {@link QueuedMail}: {@code to} counts the messages to a
 * recipient with a subject, {@code mentioning} lists the messages whose subject or body holds a marker,
 * one a line: recipient, and whether it has been sent.
 */
@WebServlet("/it/outbox/*")
public class OutboxITDriver extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String answer;
        try (Connection connection = DemoData.database().getConnection()) {
            answer = switch (String.valueOf(request.getPathInfo())) {
                case "/to" -> to(connection, request.getParameter("recipient"), request.getParameter("subject"));
                case "/mentioning" -> mentioning(connection, request.getParameter("marker"));
                default -> null;
            };
        } catch (SQLException e) {
            throw new IOException(e);
        }
        if (answer == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().append(answer);
    }

    private static String to(Connection connection, String recipient, String subject) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND subject = ?")) {
            statement.setString(1, recipient);
            statement.setString(2, subject);
            try (ResultSet found = statement.executeQuery()) {
                found.next();
                return Long.toString(found.getLong(1));
            }
        }
    }

    private static String mentioning(Connection connection, String marker) throws SQLException {
        StringBuilder rows = new StringBuilder();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT recipient, sent_at FROM outbox_message WHERE subject LIKE ? OR body LIKE ? ORDER BY id")) {
            statement.setString(1, "%" + marker + "%");
            statement.setString(2, "%" + marker + "%");
            try (ResultSet found = statement.executeQuery()) {
                while (found.next()) {
                    rows.append(found.getString(1))
                            .append('\t')
                            .append(found.getTimestamp(2) != null)
                            .append('\n');
                }
            }
        }
        return rows.toString();
    }
}
