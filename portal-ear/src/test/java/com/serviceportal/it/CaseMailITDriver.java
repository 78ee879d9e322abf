package com.serviceportal.it;

import com.serviceportal.cases.CaseDetails;
import com.serviceportal.cases.CaseService;
import com.serviceportal.cases.CaseWork;
import com.serviceportal.cases.NewCase;
import com.serviceportal.cases.NewNote;
import com.serviceportal.cases.Severity;
import com.serviceportal.customers.ContactForm;
import com.serviceportal.customers.ContactService;
import com.serviceportal.notify.Outbox;
import com.serviceportal.notify.OutboxDelivery;
import com.serviceportal.notify.OutboxMessage;
import com.serviceportal.platform.BusinessException;
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
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Test-only helper of {@link CaseMailIT}, which runs beside its GreenMail outside the server:
 * raises cases as a demo contact (committed, or rolled back), queues mail outside a transaction,
 * gives cases to a team or a person and adds notes through the case service, lets two senders
 * claim one message, makes and deletes a contact, and lists the outbox rows whose subject holds a marker, one per line: recipient, attempts,
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
    private transient OutboxDelivery delivery;

    @Inject
    private transient ContactService contacts;

    @Resource
    private transient UserTransaction transaction;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String answer;
        try {
            answer = switch (request.getPathInfo()) {
                case "/raise" -> Long.toString(raise(request));
                case "/raise-for-end-user" -> raiseForEndUser(request);
                case "/raise-rolled-back" -> raiseRolledBack(request);
                case "/queue-outside-transaction" -> queueOutsideTransaction(request);
                case "/assign" -> assign(request);
                case "/note" -> note(request);
                case "/claim-twice" -> claimTwice(request);
                case "/contact" -> contact(request.getParameter("username"));
                case "/delete-contact" -> deleteContact(Long.parseLong(request.getParameter("contact")));
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
        if ("/end-users".equals(request.getPathInfo()) || "/end-user-of".equals(request.getPathInfo())) {
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter()
                    .append(
                            "/end-users".equals(request.getPathInfo())
                                    ? endUsers(request.getParameter("user"))
                                    : endUserOf(request));
            return;
        }
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
        return cases.raise(newCase).getNumber();
    }

    /** The end users' contacts the user's new-case form offers, one a line: "name (organisation)". */
    private String endUsers(String user) {
        caller.signIn(DemoData.accountId(user));
        StringBuilder lines = new StringBuilder();
        cases.choicesForNewCase(null, null).getEndUserContacts().forEach(c -> lines.append(c.getLabel())
                .append(" (")
                .append(c.getDetail())
                .append(")\n"));
        return lines.toString();
    }

    /** A case's end user as the user's case page shows it: "contact, organisation, replies to end user". */
    private String endUserOf(HttpServletRequest request) {
        caller.signIn(DemoData.accountId(request.getParameter("user")));
        CaseDetails details = cases.getByNumber(Long.parseLong(request.getParameter("case")));
        return details.getEndUserContact() + ", " + details.getEndUser() + ", " + details.isRepliesToEndUser();
    }

    /**
     * Raises a case for an end user's contact (by address), replies going to the end user or not;
     * answers the case number, or "refused: " and the message key.
     */
    private String raiseForEndUser(HttpServletRequest request) {
        caller.signIn(DemoData.accountId(request.getParameter("user")));
        NewCase newCase = new NewCase();
        newCase.setSummary(request.getParameter("summary"));
        newCase.setEndUserContactId(DemoData.contactId(request.getParameter("endUser")));
        newCase.setRepliesToEndUser(Boolean.parseBoolean(request.getParameter("replies")));
        try {
            return Long.toString(cases.raise(newCase).getNumber());
        } catch (BusinessException e) {
            return "refused: " + e.getMessageKey();
        }
    }

    /** A contact of the Göteborg plant with a login, made by the desk; answers its id. */
    private String contact(String username) {
        caller.signIn(DemoData.accountId(DemoData.TECHNICIAN));
        ContactForm form = ContactForm.blank();
        form.setFirstName("Mail");
        form.setLastName(username);
        form.setUsername(username);
        form.setEmail(username + "@nordicfoods.example");
        form.setCustomerId(DemoData.customerId("Nordic Foods Göteborg plant"));
        form.setWebAccess(true);
        return Long.toString(contacts.save(form));
    }

    private String deleteContact(long contactId) {
        caller.signIn(DemoData.accountId(DemoData.TECHNICIAN));
        contacts.delete(contactId);
        return "deleted";
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
        caller.signIn(DemoData.accountId(DemoData.TECHNICIAN));
        CaseWork work = CaseWork.of(cases.getByNumber(Long.parseLong(request.getParameter("case"))));
        String team = request.getParameter("team");
        String assignee = request.getParameter("assignee");
        work.setTeamId(team == null || team.isEmpty() ? null : DemoData.id("team", team));
        work.setAssigneeId(assignee == null || assignee.isEmpty() ? null : DemoData.accountId(assignee));
        cases.work(work);
        return "assigned";
    }

    private String note(HttpServletRequest request) {
        caller.signIn(DemoData.accountId(request.getParameter("author")));
        NewNote note = NewNote.of(cases.getByNumber(Long.parseLong(request.getParameter("case"))));
        note.setStatusId(DemoData.id("tracking_status", request.getParameter("status")));
        note.setText(request.getParameter("text"));
        cases.addNote(note);
        return "noted";
    }

    /**
     * Two senders that read the same message both try to claim it. The message is due only in
     * 2100, so the server's own sender leaves it alone; it is removed afterwards.
     */
    private String claimTwice(HttpServletRequest request) throws SQLException {
        Instant far = Instant.parse("2100-01-01T00:00:00Z");
        long id;
        try (Connection connection = DemoData.database().getConnection()) {
            try (PreparedStatement next = connection.prepareStatement("SELECT NEXT VALUE FOR outbox_message_seq");
                    ResultSet value = next.executeQuery()) {
                value.next();
                id = value.getLong(1);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO outbox_message (id, recipient, subject, body, created_at, attempts, next_attempt_at,"
                            + " version) VALUES (?, 'nobody@localhost', ?, 'Claim test', ?, 0, ?, 0)")) {
                insert.setLong(1, id);
                insert.setString(2, request.getParameter("subject"));
                insert.setTimestamp(3, Timestamp.from(Instant.now()));
                insert.setTimestamp(4, Timestamp.from(far));
                insert.executeUpdate();
            }
            OutboxMessage seen = delivery.findDue(far, 100_000).stream()
                    .filter(m -> m.getId() == id)
                    .findFirst()
                    .orElseThrow();
            boolean first = delivery.claim(seen, far);
            boolean second = delivery.claim(seen, far);
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM outbox_message WHERE id = ?")) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
            return "first claim: " + first + ", second claim: " + second;
        }
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
