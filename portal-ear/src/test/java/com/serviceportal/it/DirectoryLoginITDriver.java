package com.serviceportal.it;

import com.serviceportal.platform.BusinessException;
import com.serviceportal.security.AccountLinks;
import com.serviceportal.security.Caller;
import com.serviceportal.security.DirectoryConfig;
import com.serviceportal.security.DirectoryService;
import com.serviceportal.security.DirectorySyncRun;
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
import java.time.Duration;
import java.time.Instant;

/**
 * Test-only helper of {@link DirectoryLoginIT}: points the portal at the test's LDAP server (as the
 * administrator would on the Directory page, with the bind password as the server property an
 * alias would fill), runs the sync job and waits for it, asks whether a contact's fields may be
 * changed, and reads what the database keeps of a login.
 */
@WebServlet("/it/directory/*")
public class DirectoryLoginITDriver extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient DirectoryService directory;

    @Inject
    private transient AccountLinks links;

    @Inject
    private transient Caller caller;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String answer;
        try {
            answer = switch (request.getPathInfo()) {
                case "/configure" -> configure(request);
                case "/sync" -> sync();
                case "/editable" -> editable(request);
                case "/invite" -> invite(request);
                default -> null;
            };
        } catch (BusinessException e) {
            answer = "refused: " + e.getMessageKey();
        } catch (Exception e) {
            throw new IOException(e);
        }
        respond(response, answer);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            respond(response, "/login".equals(request.getPathInfo()) ? login(request) : null);
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

    private String configure(HttpServletRequest request) {
        System.setProperty(DirectoryConfig.BIND_PASSWORD, request.getParameter("bindPassword"));
        DirectoryConfig defaults = DirectoryConfig.defaults();
        caller.signIn(DemoData.accountId(DemoData.ADMINISTRATOR));
        directory.saveConfig(
                new DirectoryConfig(
                        request.getParameter("url"),
                        request.getParameter("bindDn"),
                        request.getParameter("base"),
                        defaults.userFilter(),
                        defaults.usernameAttribute(),
                        defaults.firstNameAttribute(),
                        defaults.lastNameAttribute(),
                        defaults.emailAttribute(),
                        defaults.phoneAttribute(),
                        defaults.customerAttribute()),
                directory.configVersion());
        return "ok";
    }

    /** Starts the sync job as the Directory page's "Run now" does and answers its result when done. */
    private String sync() throws InterruptedException {
        caller.signIn(DemoData.accountId(DemoData.ADMINISTRATOR));
        directory.startSync();
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(giveUp)) {
            DirectorySyncRun latest = directory.syncRuns().get(0);
            if (!latest.status().startsWith("START")) {
                return latest.status()
                        + (latest.result() == null ? "" : " " + latest.result().exitStatus());
            }
            Thread.sleep(200);
        }
        return "still running";
    }

    private String editable(HttpServletRequest request) throws SQLException {
        directory.requireEditable(
                contactOf(request.getParameter("username")),
                request.getParameter("first"),
                request.getParameter("last"),
                request.getParameter("email"),
                request.getParameter("newUsername"));
        return "ok";
    }

    private String invite(HttpServletRequest request) {
        caller.signIn(DemoData.accountId(DemoData.TECHNICIAN));
        links.sendInvitation(DemoData.accountId(request.getParameter("username")));
        return "ok";
    }

    /** directory DN | password hash or "none" | first name | last name | e-mail | customer. */
    private String login(HttpServletRequest request) throws SQLException {
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT a.directory_dn, a.password_hash, c.first_name, c.last_name, c.email, k.name"
                                + " FROM user_account a JOIN contact c ON c.id = a.contact_id"
                                + " JOIN customer k ON k.id = c.customer_id WHERE a.username = ?")) {
            select.setString(1, request.getParameter("username"));
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return "none";
                }
                return row.getString(1) + "|" + (row.getString(2) == null ? "none" : "hash") + "|" + row.getString(3)
                        + "|" + row.getString(4) + "|" + row.getString(5) + "|" + row.getString(6);
            }
        }
    }

    private static long contactOf(String username) throws SQLException {
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT contact_id FROM user_account WHERE username = ?")) {
            select.setString(1, username);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
