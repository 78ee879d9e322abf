package com.serviceportal.browser;

import com.serviceportal.it.DemoData;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Test-only helper of {@link LongNamesBrowserIT}: gives the demo rows the customers and the desk see
 * names as long as their columns take (200 characters where a column allows more), mostly one word
 * without spaces, and puts the old names back afterwards.
 *
 * <p>{@code /fill} answers one line per changed value, {@code restore <base64 of table|column|id|old>},
 * which {@code /restore} takes back as its {@code rows} parameter; and lines {@code id <name> <value>}
 * with the ids the pages are opened with.
 */
@WebServlet("/it/long-names/*")
public class LongNamesBrowserITDriver extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** What is made long: table, column and the demo row's id (see db/demo). */
    private static final List<String[]> NAMES = List.of(
            new String[] {"customer", "name", "1"},
            new String[] {"customer", "name", "2"},
            new String[] {"customer", "address_line1", "2"},
            new String[] {"customer", "name", "4"},
            new String[] {"contact", "first_name", "2"},
            new String[] {"contact", "last_name", "2"},
            new String[] {"user_account", "display_name", "2"},
            new String[] {"user_account", "display_name", "4"},
            new String[] {"equipment", "description", "1"},
            new String[] {"equipment", "id_number", "1"},
            new String[] {"equipment", "serial_number", "1"},
            new String[] {"equipment", "make", "1"},
            new String[] {"equipment", "model", "1"},
            new String[] {"equipment", "description", "4"},
            new String[] {"service_case", "summary", "1"},
            new String[] {"tracking_status", "name", "2"},
            new String[] {"case_type", "name", "1"},
            new String[] {"team", "name", "1"},
            new String[] {"case_subject", "name", "1"},
            new String[] {"fault_code", "friendly_name", "1"},
            new String[] {"work_order", "description", "101"},
            new String[] {"order_line", "article", "101"},
            new String[] {"order_line", "description", "101"},
            new String[] {"contract", "reference", "2"},
            new String[] {"contract", "description", "1"},
            new String[] {"contract", "description", "2"},
            new String[] {"document", "title", "1"},
            new String[] {"document", "file_name", "1"},
            new String[] {"project", "name", "1"},
            new String[] {"project", "name", "2"},
            new String[] {"project", "project_number", "2"},
            new String[] {"project_objective", "objective", "1"},
            new String[] {"project_work_item", "name", "11"},
            new String[] {"project_change", "description", "31"},
            new String[] {"project_line", "article", "41"},
            new String[] {"project_line", "description", "41"});

    private static final String WORD = "Kylcontainerterminaltemperaturövervakningssystem";

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> answer = new ArrayList<>();
        try (Connection connection = DemoData.database().getConnection()) {
            switch (String.valueOf(request.getPathInfo())) {
                case "/fill" -> fill(connection, answer);
                case "/restore" -> restore(connection, request.getParameter("rows"));
                default -> {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().append(String.join("\n", answer));
    }

    private static void fill(Connection connection, List<String> answer) throws SQLException {
        for (String[] name : NAMES) {
            String table = name[0];
            String column = name[1];
            long id = Long.parseLong(name[2]);
            int length = Math.min(200, width(connection, table, column));
            String old = value(connection, table, column, id);
            update(connection, table, column, id, longName(table, column, id, length));
            answer.add("restore "
                    + Base64.getEncoder()
                            .encodeToString((table + "|" + column + "|" + id + "|" + (old == null ? "\u0000" : old))
                                    .getBytes(StandardCharsets.UTF_8)));
        }
        answer.add("id case " + single(connection, "SELECT case_number FROM service_case WHERE id = 1"));
        answer.add("id order 101");
        answer.add("id equipment 1");
        answer.add("id contract 2");
        answer.add("id site 2");
        answer.add("id contact 2");
    }

    private static void restore(Connection connection, String rows) throws SQLException {
        for (String line : rows.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts =
                    new String(Base64.getDecoder().decode(line.trim()), StandardCharsets.UTF_8).split("\\|", 4);
            String[] allowed = NAMES.stream()
                    .filter(n -> n[0].equals(parts[0]) && n[1].equals(parts[1]) && n[2].equals(parts[2]))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(parts[0] + "." + parts[1]));
            update(
                    connection,
                    allowed[0],
                    allowed[1],
                    Long.parseLong(allowed[2]),
                    "\u0000".equals(parts[3]) ? null : parts[3]);
        }
    }

    /**
     * A name of the given length that starts with what it is ("site name …") and goes on as one word
     * without spaces, which no line can break at a space.
     */
    static String longName(String table, String column, long id, int length) {
        StringBuilder name = new StringBuilder(table + "." + column + "." + id + " ");
        while (name.length() < length) {
            name.append(WORD);
        }
        return name.substring(0, length);
    }

    private static int width(Connection connection, String table, String column) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT " + column + " FROM " + table + " WHERE 1 = 0")) {
            return rows.getMetaData().getPrecision(1);
        }
    }

    private static String value(Connection connection, String table, String column, long id) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT " + column + " FROM " + table + " WHERE id = ?")) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("No demo row " + table + " " + id);
                }
                return rows.getString(1);
            }
        }
    }

    private static void update(Connection connection, String table, String column, long id, String value)
            throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE id = ?")) {
            statement.setString(1, value);
            statement.setLong(2, id);
            if (statement.executeUpdate() != 1) {
                throw new IllegalStateException("No demo row " + table + " " + id);
            }
        }
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
