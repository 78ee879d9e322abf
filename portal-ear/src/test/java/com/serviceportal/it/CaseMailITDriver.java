package com.serviceportal.it;

import com.serviceportal.cases.CaseService;
import com.serviceportal.cases.NewCase;
import com.serviceportal.cases.Severity;
import com.serviceportal.notify.Outbox;
import com.serviceportal.security.Caller;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Test-only helper of {@link CaseMailIT}, which runs beside its GreenMail outside the server:
 * raises cases as a demo contact (committed, or rolled back), queues mail outside a transaction,
 * gives cases to a team or a person and adds notes ({@link CaseMailITNotes}), and lists the outbox rows whose subject holds a marker, one per line: recipient, attempts,
 * sent (true/false), last error.
 */
@WebServlet("/it/case-mail/*")
public class CaseMailITDriver extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient CaseService cases;

    @Inject
    private transient Outbox outbox;

    @Inject
    private transient Caller caller;

    @Inject
    private transient CaseMailITNotes notes;

    @Resource
    private transient UserTransaction transaction;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String answer;
        try {
            answer = switch (request.getPathInfo()) {
                case "/raise" -> Long.toString(raise(request));
                case "/raise-rolled-back" -> raiseRolledBack(request);
                case "/queue-outside-transaction" -> queueOutsideTransaction(request);
                case "/assign" -> assign(request);
                case "/note" -> note(request);
                default -> null;
            };
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

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/outbox".equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StringBuilder rows = new StringBuilder();
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT recipient, attempts, sent_at, last_error FROM outbox_message"
                                + " WHERE subject LIKE ? ORDER BY id")) {
            statement.setString(1, "%" + request.getParameter("marker") + "%");
            try (ResultSet found = statement.executeQuery()) {
                while (found.next()) {
                    String error = found.getString(4);
                    rows.append(found.getString(1))
                            .append('\t')
                            .append(found.getInt(2))
                            .append('\t')
                            .append(found.getTimestamp(3) != null)
                            .append('\t')
                            .append(error == null ? "" : error.replaceAll("\\s+", " "))
                            .append('\n');
                }
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().append(rows);
    }

    private long raise(HttpServletRequest request) {
        caller.signIn(DemoData.accountId(request.getParameter("user")));
        NewCase newCase = new NewCase();
        newCase.setSummary(request.getParameter("summary"));
        newCase.setSeverity(Severity.HIGH);
        newCase.setDescription("Raised by " + CaseMailIT.class.getSimpleName());
        return cases.raise(newCase);
    }

    private String raiseRolledBack(HttpServletRequest request) throws Exception {
        transaction.begin();
        try {
            return "raised " + raise(request) + ", rolled back";
        } finally {
            transaction.rollback();
        }
    }

    private String assign(HttpServletRequest request) {
        notes.assign(
                Long.parseLong(request.getParameter("case")),
                request.getParameter("team"),
                request.getParameter("assignee"));
        return "assigned";
    }

    private String note(HttpServletRequest request) {
        notes.addNote(
                Long.parseLong(request.getParameter("case")),
                request.getParameter("author"),
                request.getParameter("status"),
                request.getParameter("text"));
        return "noted";
    }

    private String queueOutsideTransaction(HttpServletRequest request) {
        try {
            outbox.queue("nobody@localhost", request.getParameter("subject"), "Must not be stored.");
            return "queued";
        } catch (EJBException e) {
            return "refused: " + e.getClass().getSimpleName();
        }
    }
}
