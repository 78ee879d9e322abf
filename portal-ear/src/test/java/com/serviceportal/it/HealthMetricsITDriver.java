package com.serviceportal.it;

import com.serviceportal.cases.CaseService;
import com.serviceportal.cases.NewCase;
import com.serviceportal.cases.Severity;
import com.serviceportal.jobs.JobControl;
import com.serviceportal.jobs.NightlyJob;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

/**
 * Test-only helper of {@link HealthMetricsIT}: raises a case as a demo contact (so the portal
 * mails about it), writes an unsent outbox message two days old that is due only in 2100 (so the
 * sender leaves it alone) and deletes it again, sets or clears a system property, answering its
 * value before, and starts the support-hours reset and tells how its run stands.
 */
@WebServlet("/it/health-metrics/*")
public class HealthMetricsITDriver extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient CaseService cases;

    @Inject
    private transient Caller caller;

    @Inject
    private transient JobControl jobs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/job-status".equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String status = jobs.execution(Long.parseLong(request.getParameter("execution")))
                .map(execution -> execution.getBatchStatus().name())
                .orElse("UNKNOWN");
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().append(status);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String answer;
        try {
            answer = switch (request.getPathInfo()) {
                case "/raise" -> Long.toString(raise(request.getParameter("user"), request.getParameter("summary")));
                case "/stuck-mail" ->
                    Long.toString(stuckMail(
                            request.getParameter("subject"), Integer.parseInt(request.getParameter("attempts"))));
                case "/delete-mail" -> deleteMail(Long.parseLong(request.getParameter("id")));
                case "/property" -> property(request.getParameter("name"), request.getParameter("value"));
                case "/run-job" -> Long.toString(jobs.start(NightlyJob.SUPPORT_HOURS_RESET, new Properties()));
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

    private long raise(String user, String summary) {
        caller.signIn(DemoData.accountId(user));
        NewCase newCase = new NewCase();
        newCase.setSummary(summary);
        newCase.setSeverity(Severity.HIGH);
        newCase.setDescription("Raised by " + HealthMetricsIT.class.getSimpleName());
        return cases.raise(newCase).getNumber();
    }

    /** A mail written two days ago and not due before 2100: never tried, or tried and refused. */
    private long stuckMail(String subject, int attempts) throws SQLException {
        Instant now = Instant.now();
        try (Connection connection = DemoData.database().getConnection()) {
            long id;
            try (PreparedStatement next = connection.prepareStatement("SELECT NEXT VALUE FOR outbox_message_seq");
                    ResultSet value = next.executeQuery()) {
                value.next();
                id = value.getLong(1);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO outbox_message (id, recipient, subject, body, created_at, attempts, next_attempt_at,"
                            + " last_error, version) VALUES (?, 'nobody@localhost', ?, 'Stuck', ?, ?, ?, ?, 0)")) {
                insert.setLong(1, id);
                insert.setString(2, subject);
                insert.setTimestamp(3, Timestamp.from(now.minus(Duration.ofDays(2))));
                insert.setInt(4, attempts);
                insert.setTimestamp(5, Timestamp.from(Instant.parse("2100-01-01T00:00:00Z")));
                insert.setString(6, attempts == 0 ? null : "Connection refused");
                insert.executeUpdate();
            }
            return id;
        }
    }

    private String deleteMail(long id) throws SQLException {
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM outbox_message WHERE id = ?")) {
            delete.setLong(1, id);
            return delete.executeUpdate() == 1 ? "deleted" : "gone";
        }
    }

    /** Sets the property, or clears it when the value is empty; answers the value before ("" for none). */
    private String property(String name, String value) {
        String before = value == null || value.isEmpty() ? System.clearProperty(name) : System.setProperty(name, value);
        return before == null ? "" : before;
    }
}
