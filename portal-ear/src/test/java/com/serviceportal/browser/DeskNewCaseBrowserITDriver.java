package com.serviceportal.browser;

import com.serviceportal.it.DemoData;
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
 * Test-only helper of {@link DeskNewCaseBrowserIT}: {@code /add?name=N} adds a customer without
 * contacts and answers its id; {@code /remove?id=I} removes it again.
 */
@WebServlet("/it/desk-new-case/*")
public class DeskNewCaseBrowserITDriver extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String answer;
        try (Connection db = DemoData.database().getConnection()) {
            answer = switch (request.getPathInfo()) {
                case "/add" -> add(db, request.getParameter("name"));
                case "/remove" -> remove(db, Long.parseLong(request.getParameter("id")));
                default -> throw new IllegalArgumentException(request.getPathInfo());
            };
        } catch (SQLException e) {
            throw new IOException(e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().append(answer);
    }

    private static String add(Connection db, String name) throws SQLException {
        long id;
        try (PreparedStatement next = db.prepareStatement("SELECT NEXT VALUE FOR customer_seq");
                ResultSet row = next.executeQuery()) {
            row.next();
            id = row.getLong(1);
        }
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO customer (id, account_number, name, parent_id, version) VALUES (?, ?, ?, NULL, 0)")) {
            insert.setLong(1, id);
            insert.setString(2, "IT" + id);
            insert.setString(3, name);
            insert.executeUpdate();
        }
        return Long.toString(id);
    }

    private static String remove(Connection db, long id) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM customer WHERE id = ?")) {
            delete.setLong(1, id);
            return Integer.toString(delete.executeUpdate());
        }
    }
}
