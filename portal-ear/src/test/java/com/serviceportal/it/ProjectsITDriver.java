package com.serviceportal.it;

import com.serviceportal.cases.CaseService;
import com.serviceportal.cases.NewCase;
import com.serviceportal.customers.SiteService;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.ChangedMeanwhileException;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.projects.ChangeRow;
import com.serviceportal.projects.LineEntry;
import com.serviceportal.projects.NewChange;
import com.serviceportal.projects.NotAuthorisedToDecideException;
import com.serviceportal.projects.ObjectiveEntry;
import com.serviceportal.projects.ProjectChoices;
import com.serviceportal.projects.ProjectDetails;
import com.serviceportal.projects.ProjectForm;
import com.serviceportal.projects.ProjectRow;
import com.serviceportal.projects.ProjectService;
import com.serviceportal.projects.WorkItemEntry;
import com.serviceportal.projects.WorkItemKind;
import com.serviceportal.security.Caller;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * Test-only helper of {@link ProjectsIT}: lists and opens projects as a demo user, decides requests
 * for change, lets the desk save a project, raise a change and raise a case for a project, reads
 * what the project form offers for a project of an inactive customer with a disabled manager, and
 * changes (answering the previous value) a contact's project options. Answers are tab-separated;
 * "not found", "not authorised" or "changed" when the service refused.
 */
@WebServlet("/it/projects/*")
public class ProjectsITDriver extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ProjectService projects;

    @Inject
    private transient CaseService cases;

    @Inject
    private transient SiteService sites;

    @Inject
    private transient Caller caller;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String answer;
        try {
            answer = switch (request.getPathInfo()) {
                case "/list" -> list(request);
                case "/open" -> open(request);
                case "/milestones" -> milestones(request);
                case "/change-version" -> changeVersion(request);
                case "/decide" -> decide(request);
                case "/raise-change" -> raiseChange(request);
                case "/remove-change" -> removeChange(request);
                case "/reset-change" -> resetChange(request);
                case "/save-project" -> saveProject(request);
                case "/delete-project" -> deleteProject(request);
                case "/inactive-project" -> inactiveProject(request);
                case "/remove-inactive-project" -> removeInactiveProject(request);
                case "/raise-case" -> raiseCase(request);
                case "/option" -> option(request);
                case "/chosen" -> chosen(request);
                case "/menu" -> menu(request);
                case "/tab" -> tab(request);
                default -> null;
            };
        } catch (NotFoundException e) {
            answer = "not found";
        } catch (NotAuthorisedToDecideException e) {
            answer = "not authorised";
        } catch (ChangedMeanwhileException e) {
            answer = "changed";
        } catch (BusinessException e) {
            answer = "refused: " + e.getMessageKey();
        } catch (EJBException e) {
            Exception cause = e.getCausedByException();
            answer = cause instanceof NotFoundException ? "not found" : "failed: " + e;
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

    /** The projects the user sees, one number per line. */
    private String list(HttpServletRequest request) {
        signIn(request.getParameter("user"));
        return projects.visibleProjects().stream().map(ProjectRow::number).collect(Collectors.joining("\n"));
    }

    /**
     * One project as the user sees it: its number, the purchase prices of its lines (comma-separated,
     * "-" for one not shown), whether the user may decide its changes, and its cases' summaries.
     */
    private String open(HttpServletRequest request) throws SQLException {
        signIn(request.getParameter("user"));
        ProjectDetails project = projects.project(projectId(request.getParameter("project")));
        return project.number() + "\t"
                + project.lines().stream()
                        .map(LineEntry::getPurchasePrice)
                        .map(price -> price == null ? "-" : price.toPlainString())
                        .collect(Collectors.joining(","))
                + "\t" + project.mayDecide() + "\t"
                + project.issues().stream().map(i -> i.summary()).collect(Collectors.joining(","));
    }

    /** The milestones the user sees from today on for two months: "number name" per line. */
    private String milestones(HttpServletRequest request) {
        signIn(request.getParameter("user"));
        LocalDate today = LocalDate.now();
        return projects.milestones(today, today.plusMonths(2)).stream()
                .map(m -> m.projectNumber() + " " + m.name())
                .collect(Collectors.joining("\n"));
    }

    /** The version of a change as the user's page reads it. */
    private String changeVersion(HttpServletRequest request) throws SQLException {
        return Long.toString(change(request).version());
    }

    private String decide(HttpServletRequest request) throws SQLException {
        long changeId = changeId(request);
        signIn(request.getParameter("user"));
        ChangeRow decided = projects.decideChange(
                changeId,
                Long.parseLong(request.getParameter("version")),
                Boolean.parseBoolean(request.getParameter("approve")),
                request.getParameter("comment"));
        return decided.state() + "\t" + decided.decidedBy() + "\t" + decided.comment();
    }

    private String raiseChange(HttpServletRequest request) throws SQLException {
        signIn(DemoData.TECHNICIAN);
        NewChange change = new NewChange();
        change.setDescription(request.getParameter("description"));
        change.setCostImpact(new BigDecimal("1000.00"));
        change.setTimeImpactDays(1);
        return Integer.toString(projects.raiseChange(projectId(request.getParameter("project")), change)
                .number());
    }

    private String removeChange(HttpServletRequest request) throws SQLException {
        DemoData.update(
                "DELETE FROM project_change WHERE project_id = ? AND change_number = ?",
                projectId(request.getParameter("project")),
                Integer.parseInt(request.getParameter("change")));
        return "removed";
    }

    /** Puts a decided change back to waiting, as the demo has it. */
    private String resetChange(HttpServletRequest request) throws SQLException {
        DemoData.update(
                "UPDATE project_change SET state = 'WAITING', decided_by_id = NULL, decided_at = NULL,"
                        + " customer_comment = NULL, version = version + 1 WHERE project_id = ? AND change_number = ?",
                projectId(request.getParameter("project")),
                Integer.parseInt(request.getParameter("change")));
        return "waiting";
    }

    /** The desk saves a new project on a customer, with an objective, a milestone and a line. */
    private String saveProject(HttpServletRequest request) {
        signIn(DemoData.TECHNICIAN);
        ProjectForm form = new ProjectForm();
        form.setCustomerId(DemoData.customerId(request.getParameter("customer")));
        form.setNumber(request.getParameter("number"));
        form.setName(request.getParameter("name"));
        ObjectiveEntry objective = new ObjectiveEntry();
        objective.setText("Works");
        form.getObjectives().add(objective);
        WorkItemEntry milestone = new WorkItemEntry();
        milestone.setKind(WorkItemKind.MILESTONE);
        milestone.setName("Done " + request.getParameter("number"));
        milestone.setPlannedEnd(LocalDate.now().plusDays(3));
        form.getWorkItems().add(milestone);
        LineEntry line = new LineEntry();
        line.setArticle("X-1");
        line.setPrice(new BigDecimal("10.00"));
        line.setPurchasePrice(new BigDecimal("7.00"));
        form.getLines().add(line);
        long id = projects.save(form);
        // saved again from the form as read: accepted once, then refused as stale
        ProjectForm read = projects.form(id);
        read.setName(read.getName() + " (changed)");
        projects.save(read);
        read.setName(read.getName() + " (again)");
        String stale;
        try {
            projects.save(read);
            stale = "saved twice";
        } catch (ChangedMeanwhileException e) {
            stale = "stale refused";
        }
        return id + "\t" + stale;
    }

    private String deleteProject(HttpServletRequest request) throws SQLException {
        long id = projectId(request.getParameter("project"));
        for (String table : List.of("project_objective", "project_work_item", "project_change", "project_line")) {
            DemoData.update("DELETE FROM " + table + " WHERE project_id = ?", id);
        }
        DemoData.update("UPDATE service_case SET project_id = NULL WHERE project_id = ?", id);
        DemoData.update("DELETE FROM contact_project WHERE project_id = ?", id);
        DemoData.update("DELETE FROM project WHERE id = ?", id);
        return "deleted";
    }

    /**
     * Files a customer made inactive and a technician whose login is disabled, and saves a project on
     * them; answers what a new project's form offers of the two, then what the project's own form
     * offers ("customer true, manager false" and so on), tab-separated.
     */
    private String inactiveProject(HttpServletRequest request) throws SQLException {
        String number = request.getParameter("number");
        long customerId = 700_000_000L + ThreadLocalRandom.current().nextLong(90_000_000L);
        long managerId = 700_000_000L + ThreadLocalRandom.current().nextLong(90_000_000L);
        DemoData.update(
                "INSERT INTO customer (id, account_number, name, parent_id, active, version) VALUES (?, ?, ?, NULL, 0, 0)",
                customerId,
                "CLOSED-" + number,
                "Closed customer " + number);
        DemoData.update(
                "INSERT INTO user_account (id, username, password_hash, role, display_name, contact_id, enabled, version)"
                        + " VALUES (?, ?, 'x', 'TECHNICIAN', ?, NULL, 0, 0)",
                managerId,
                "former-" + number,
                "Former manager " + number);
        signIn(DemoData.TECHNICIAN);
        ProjectForm form = new ProjectForm();
        form.setCustomerId(customerId);
        form.setManagerId(managerId);
        form.setNumber(number);
        form.setName("Closed down");
        long id = projects.save(form);
        return offered(projects.choices(null), customerId, managerId) + "\t"
                + offered(projects.choices(id), customerId, managerId);
    }

    private static String offered(ProjectChoices choices, long customerId, long managerId) {
        return "customer " + choices.customers().stream().anyMatch(c -> c.getId() == customerId) + ", manager "
                + choices.managers().stream().anyMatch(m -> m.getId() == managerId);
    }

    /** Removes what {@code /inactive-project} filed, as far as it got. */
    private String removeInactiveProject(HttpServletRequest request) throws SQLException {
        String number = request.getParameter("number");
        DemoData.update("DELETE FROM project WHERE project_number = ?", number);
        DemoData.update("DELETE FROM user_account WHERE username = ?", "former-" + number);
        DemoData.update("DELETE FROM customer WHERE account_number = ?", "CLOSED-" + number);
        return "removed";
    }

    /** The desk raises a case for a project, on the project's customer; answers the case number. */
    private String raiseCase(HttpServletRequest request) throws SQLException {
        signIn(DemoData.TECHNICIAN);
        long projectId = projectId(request.getParameter("project"));
        NewCase draft = new NewCase();
        draft.setCustomerId(DemoData.customerId(request.getParameter("customer")));
        draft.setContactId(Long.parseLong(Objects.requireNonNull(DemoData.text(
                "SELECT contact_id FROM user_account WHERE username = ?", request.getParameter("contact")))));
        draft.setProjectId(projectId);
        draft.setSummary(request.getParameter("summary"));
        return Long.toString(cases.raise(draft).getNumber());
    }

    /** Sets a contact's flag (project_purchase_prices or all_projects); answers the previous value. */
    private String option(HttpServletRequest request) throws SQLException {
        String column = request.getParameter("name");
        if (!column.equals("project_purchase_prices") && !column.equals("all_projects")) {
            return null;
        }
        String contact = "(SELECT contact_id FROM user_account WHERE username = ?)";
        String user = request.getParameter("user");
        String previous = DemoData.text("SELECT " + column + " FROM contact WHERE id = " + contact, user);
        DemoData.update(
                "UPDATE contact SET " + column + " = ? WHERE id = " + contact,
                Boolean.parseBoolean(request.getParameter("value")),
                user);
        return Boolean.toString("1".equals(previous) || "true".equalsIgnoreCase(previous));
    }

    /** Sets the projects chosen on a contact (numbers, comma-separated); answers the previous ones. */
    private String chosen(HttpServletRequest request) throws SQLException {
        String user = request.getParameter("user");
        long contactId = Long.parseLong(DemoData.text("SELECT contact_id FROM user_account WHERE username = ?", user));
        List<String> previous = new ArrayList<>();
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT p.project_number FROM contact_project cp JOIN project p ON p.id = cp.project_id"
                                + " WHERE cp.contact_id = ? ORDER BY p.project_number")) {
            statement.setLong(1, contactId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    previous.add(rows.getString(1));
                }
            }
        }
        DemoData.update("DELETE FROM contact_project WHERE contact_id = ?", contactId);
        String numbers = request.getParameter("value");
        if (!numbers.isEmpty()) {
            for (String number : numbers.split(",")) {
                DemoData.update(
                        "INSERT INTO contact_project (contact_id, project_id) VALUES (?, ?)",
                        contactId,
                        projectId(number));
            }
        }
        return String.join(",", previous);
    }

    /** Whether the user's portal menu offers "Projects". */
    private String menu(HttpServletRequest request) {
        signIn(request.getParameter("user"));
        return Boolean.toString(sites.portalMenu().projects());
    }

    /** Turns the portal's Projects tab on or off; answers the previous value. */
    private String tab(HttpServletRequest request) throws SQLException {
        String previous = DemoData.text("SELECT setting_value FROM portal_setting WHERE name = ?", "tab-projects");
        DemoData.update(
                "UPDATE portal_setting SET setting_value = ? WHERE name = 'tab-projects'",
                request.getParameter("value"));
        return previous;
    }

    private ChangeRow change(HttpServletRequest request) throws SQLException {
        signIn(request.getParameter("reader") == null ? DemoData.TECHNICIAN : request.getParameter("reader"));
        int number = Integer.parseInt(request.getParameter("change"));
        return projects.project(projectId(request.getParameter("project"))).changes().stream()
                .filter(c -> c.number() == number)
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private long changeId(HttpServletRequest request) throws SQLException {
        return change(request).id();
    }

    private void signIn(String username) {
        caller.signIn(DemoData.accountId(username));
    }

    private static long projectId(String number) throws SQLException {
        String id = DemoData.text("SELECT id FROM project WHERE project_number = ?", number);
        if (id == null) {
            throw new NotFoundException();
        }
        return Long.parseLong(id);
    }
}
