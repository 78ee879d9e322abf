package com.serviceportal.browser;

import com.serviceportal.contracts.ContractForm;
import com.serviceportal.contracts.ContractService;
import com.serviceportal.contracts.ContractType;
import com.serviceportal.customers.ContactForm;
import com.serviceportal.customers.ContactService;
import com.serviceportal.customers.CustomerForm;
import com.serviceportal.customers.CustomerService;
import com.serviceportal.equipment.EquipmentForm;
import com.serviceportal.equipment.EquipmentService;
import com.serviceportal.it.DemoData;
import com.serviceportal.knowledge.ArticleForm;
import com.serviceportal.knowledge.KnowledgeService;
import com.serviceportal.knowledge.Visibility;
import com.serviceportal.orders.OrderDetails;
import com.serviceportal.orders.OrderForm;
import com.serviceportal.orders.OrderSchedule;
import com.serviceportal.orders.OrderService;
import com.serviceportal.projects.ProjectForm;
import com.serviceportal.projects.ProjectService;
import com.serviceportal.security.Caller;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Test-only helper of {@link StaleSaveBrowserIT}: makes a record of the test's own as the technician
 * ({@code /new-contract}, {@code /new-contact}, {@code /new-customer}, {@code /new-item},
 * {@code /new-order}, {@code /new-project}, {@code /new-article}, answering its
 * id), and saves the administrator's change to it while the technician's page is open
 * ({@code /change-contract?id=…} and so on), through the same services the pages call;
 * {@code /remove-project?id=…} takes the test's project away again, {@code /archive-article?id=…} its
 * article (staff only, as it was).
 */
@WebServlet("/it/stale-save/*")
public class StaleSaveBrowserITDriver extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String GOTEBORG = "Nordic Foods Göteborg plant";

    @Inject
    private transient ContractService contracts;

    @Inject
    private transient ContactService contacts;

    @Inject
    private transient CustomerService customers;

    @Inject
    private transient EquipmentService equipment;

    @Inject
    private transient OrderService orders;

    @Inject
    private transient ProjectService projects;

    @Inject
    private transient KnowledgeService knowledge;

    @Inject
    private transient Caller caller;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String action = String.valueOf(request.getPathInfo());
        String answer;
        try {
            if (action.startsWith("/new-")) {
                caller.signIn(DemoData.accountId(DemoData.TECHNICIAN));
                answer = Long.toString(create(action.substring("/new-".length())));
            } else if (action.startsWith("/change-")) {
                caller.signIn(DemoData.accountId(DemoData.ADMINISTRATOR));
                change(action.substring("/change-".length()), Long.parseLong(request.getParameter("id")));
                answer = "changed";
            } else if (action.equals("/archive-article")) {
                caller.signIn(DemoData.accountId(DemoData.TECHNICIAN));
                long id = Long.parseLong(request.getParameter("id"));
                knowledge.archive(id, knowledge.articleForm(id).getVersion());
                answer = "archived";
            } else if (action.equals("/remove-project")) {
                DemoData.update("DELETE FROM project WHERE id = ?", Long.parseLong(request.getParameter("id")));
                answer = "removed";
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().append(answer);
    }

    private long create(String what) throws SQLException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        switch (what) {
            case "contract" -> {
                ContractForm form = ContractForm.blank(LocalDate.now());
                form.setReference("STALE-" + tag);
                form.setCustomerId(newCustomer());
                form.setType(ContractType.SUBSCRIPTION);
                form.setServiceLevelId(1L);
                form.setDescription("Subscription " + tag);
                return contracts.save(form).getId();
            }
            case "contact" -> {
                ContactForm form = ContactForm.blank();
                form.setFirstName("Kim");
                form.setLastName("Stale " + tag);
                form.setUsername("stale" + tag);
                form.setEmail("stale" + tag + "@nordicfoods.example");
                form.setCustomerId(DemoData.customerId(GOTEBORG));
                return contacts.save(form);
            }
            case "customer" -> {
                return newCustomer();
            }
            case "item" -> {
                EquipmentForm form = new EquipmentForm();
                form.setCustomerId(DemoData.customerId(GOTEBORG));
                form.setIdNumber("ST-" + tag);
                form.setDescription("Blast chiller " + tag);
                return equipment.save(form);
            }
            case "order" -> {
                OrderForm form = orders.newOrder(null);
                form.setSiteId(DemoData.customerId(GOTEBORG));
                form.setDescription("Replace the belt of conveyor 4 " + tag);
                return orders.create(form).id();
            }
            case "project" -> {
                ProjectForm form = new ProjectForm();
                form.setCustomerId(newCustomer());
                form.setNumber("STALE-" + tag);
                form.setName("Cold room " + tag);
                return projects.save(form);
            }
            case "article" -> {
                ArticleForm form = new ArticleForm();
                form.setTitle("Blast chiller alarms " + tag);
                form.setCategory("Refrigeration");
                form.setVisibility(Visibility.STAFF_ONLY);
                form.setProblem("<p>The alarm sounds at night.</p>");
                return knowledge.saveArticle(form);
            }
            default -> throw new IllegalArgumentException(what);
        }
    }

    private void change(String what, long id) {
        switch (what) {
            case "contract" -> {
                ContractForm form = contracts.formFor(id);
                form.setDescription("Renewed by phone");
                contracts.save(form);
            }
            case "contact" -> {
                ContactForm form = contacts.formFor(id);
                form.setPhone("+46 31 555 01 01");
                contacts.save(form);
            }
            case "customer" -> {
                CustomerForm form = customers.formFor(id);
                form.getAddress().setCity("Luleå");
                customers.save(form);
            }
            case "item" -> {
                EquipmentForm form = equipment.formFor(id);
                form.setMake("Frigomat");
                equipment.save(form);
            }
            case "order" -> {
                OrderDetails order = orders.get(id);
                OrderSchedule schedule = OrderSchedule.of(order);
                schedule.setPlannedDate(LocalDate.of(2027, 3, 1));
                orders.schedule(id, order.version(), schedule);
            }
            case "project" -> {
                ProjectForm form = projects.form(id);
                form.setDescription("Renewed by phone");
                projects.save(form);
            }
            case "article" -> {
                ArticleForm form = knowledge.articleForm(id);
                form.setKeywords("Renewed by phone");
                knowledge.saveArticle(form);
            }
            default -> throw new IllegalArgumentException(what);
        }
    }

    /** A customer of the test's own, so that its subscription is the customer's only active one. */
    private static long newCustomer() throws SQLException {
        long id = 900_000_000L + ThreadLocalRandom.current().nextLong(90_000_000L);
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO customer (id, account_number, name, parent_id, version) VALUES (?, ?, ?, NULL, 0)")) {
            insert.setLong(1, id);
            insert.setString(2, "SB" + id);
            insert.setString(3, "Stale save browser test customer " + id);
            insert.executeUpdate();
        }
        return id;
    }
}
