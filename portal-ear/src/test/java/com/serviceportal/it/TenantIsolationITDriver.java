package com.serviceportal.it;

import com.serviceportal.cases.CaseService;
import com.serviceportal.cases.NewCase;
import com.serviceportal.cases.Severity;
import com.serviceportal.cases.files.CaseFileService;
import com.serviceportal.customers.ContactForm;
import com.serviceportal.customers.ContactService;
import com.serviceportal.documents.DocumentService;
import com.serviceportal.equipment.EquipmentForm;
import com.serviceportal.equipment.EquipmentService;
import com.serviceportal.invoices.InvoiceService;
import com.serviceportal.invoices.NewInvoice;
import com.serviceportal.knowledge.ArticleForm;
import com.serviceportal.knowledge.ArticleState;
import com.serviceportal.knowledge.KnowledgeService;
import com.serviceportal.knowledge.Visibility;
import com.serviceportal.orders.OrderForm;
import com.serviceportal.orders.OrderService;
import com.serviceportal.security.Caller;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Test-only helper of {@link TenantIsolationIT}: files one record of every kind on the Göteborg plant,
 * each carrying the test's marker word, and makes the contacts who must not see them, with the demo
 * password; deletes a contact on request.
 */
@WebServlet("/it/isolation/*")
public class TenantIsolationITDriver extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Caller caller;

    @Inject
    private transient CaseService cases;

    @Inject
    private transient CaseFileService files;

    @Inject
    private transient EquipmentService equipment;

    @Inject
    private transient OrderService orders;

    @Inject
    private transient DocumentService documents;

    @Inject
    private transient InvoiceService invoices;

    @Inject
    private transient ContactService contacts;

    @Inject
    private transient KnowledgeService knowledge;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            String answer =
                    switch (request.getPathInfo()) {
                        case "/records" -> records(request.getParameter("marker"));
                        case "/contact" -> contact(request);
                        case "/delete" -> delete(Long.parseLong(request.getParameter("contact")));
                        case "/case-for" ->
                            caseFor(Long.parseLong(request.getParameter("contact")), request.getParameter("summary"));
                        default -> null;
                    };
            if (answer == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().append(answer);
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    /** One record of each kind on the Göteborg plant; answers their ids as name=value lines. */
    private String records(String marker) throws SQLException {
        long goteborg = DemoData.customerId("Nordic Foods Göteborg plant");
        String account = accountNumber(goteborg);
        Map<String, Object> ids = new LinkedHashMap<>();

        caller.signIn(DemoData.accountId(DemoData.TECHNICIAN));
        EquipmentForm item = new EquipmentForm();
        item.setCustomerId(goteborg);
        item.setIdNumber(marker.substring(0, 12));
        item.setDescription(marker + " blast chiller");
        long itemId = equipment.save(item);
        ids.put("equipment", itemId);

        OrderForm order = new OrderForm();
        order.setSiteId(goteborg);
        order.setEquipmentId(itemId);
        order.setDescription(marker + " replace the compressor");
        ids.put("order", orders.create(order).id());

        long document = documents.upload(
                account,
                marker + " service report",
                "report.txt",
                "text/plain",
                new ByteArrayInputStream((marker + " document body").getBytes(StandardCharsets.UTF_8)));
        documents.publish(document, true);
        ids.put("document", document);

        NewInvoice invoice = new NewInvoice();
        invoice.setNumber(marker.substring(0, 16));
        invoice.setAccountNumber(account);
        invoice.setInvoiceDate(LocalDate.now());
        invoice.setDueDate(LocalDate.now().plusDays(30));
        invoice.setAmount(new BigDecimal("1234.50"));
        invoices.record(invoice);

        // a knowledge article written for the plant alone, found by a word that is not the marker
        // (the search page repeats the words searched for)
        String word = "kb" + marker.substring(12).toLowerCase(Locale.ROOT);
        ArticleForm article = new ArticleForm();
        article.setTitle(marker + " " + word + " defrosting the blast chiller");
        article.setCategory("Isolation");
        article.setProblem("<p>" + marker + " ice on the evaporator</p>");
        article.setSolution("<p>" + marker + " defrost it</p>");
        article.setVisibility(Visibility.CHOSEN_COMPANIES);
        article.setCompanies(account);
        ids.put("article", knowledge.saveArticle(article, ArticleState.PUBLISHED));
        ids.put("articleWord", word);

        // raised by the site's own contact, as "my cases" of sven
        caller.signIn(DemoData.accountId(DemoData.SITE_CONTACT));
        NewCase raised = new NewCase();
        raised.setSummary(marker + " freezer alarm");
        raised.setSeverity(Severity.HIGH);
        raised.setEquipmentId(itemId);
        long number = cases.raise(raised).getNumber();
        ids.put("case", number);
        long caseId = caseId(number);
        ids.put(
                "file",
                files.upload(
                        caseId,
                        null,
                        marker + ".txt",
                        "text/plain",
                        new ByteArrayInputStream((marker + " file body").getBytes(StandardCharsets.UTF_8))));
        ids.put("site", goteborg);
        return ids.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
    }

    /** A contact with a portal login and the demo password; answers its id. */
    private String contact(HttpServletRequest request) throws SQLException {
        caller.signIn(DemoData.accountId(DemoData.TECHNICIAN));
        String username = request.getParameter("username");
        ContactForm form = ContactForm.blank();
        form.setFirstName("Isolation");
        form.setLastName(username);
        form.setUsername(username);
        form.setEmail(username + "@isolation.example");
        form.setCustomerId(DemoData.customerId(request.getParameter("customer")));
        form.setWebAccess(true);
        String site = request.getParameter("site");
        if (site != null) {
            form.setAllSites(false);
            form.setSiteIds(site.isEmpty() ? List.of() : List.of(DemoData.customerId(site)));
        }
        long id = contacts.save(form);
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement copy = connection.prepareStatement("UPDATE user_account SET password_hash ="
                        + " (SELECT a.password_hash FROM user_account a WHERE a.username = ?) WHERE username = ?")) {
            copy.setString(1, DemoData.COMPANY_CONTACT);
            copy.setString(2, username);
            copy.executeUpdate();
        }
        return Long.toString(id);
    }

    /** A case the desk raises on the Göteborg plant for a contact, as on the phone; answers its number. */
    private String caseFor(long contactId, String summary) {
        caller.signIn(DemoData.accountId(DemoData.TECHNICIAN));
        NewCase raised = new NewCase();
        raised.setCustomerId(DemoData.customerId("Nordic Foods Göteborg plant"));
        raised.setContactId(contactId);
        raised.setSummary(summary);
        raised.setSeverity(Severity.MEDIUM);
        return Long.toString(cases.raise(raised).getNumber());
    }

    private String delete(long contactId) {
        caller.signIn(DemoData.accountId(DemoData.TECHNICIAN));
        contacts.delete(contactId);
        return "deleted";
    }

    private static String accountNumber(long customerId) throws SQLException {
        return single("SELECT account_number FROM customer WHERE id = ?", customerId);
    }

    private static long caseId(long number) throws SQLException {
        return Long.parseLong(single("SELECT id FROM service_case WHERE case_number = ?", number));
    }

    private static String single(String sql, long parameter) throws SQLException {
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
