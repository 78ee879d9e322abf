package com.serviceportal.it;

import com.serviceportal.orders.FaultReportOutcome;
import com.serviceportal.orders.FaultReportRow;
import com.serviceportal.orders.FaultReportService;
import com.serviceportal.orders.NewFaultReport;
import com.serviceportal.orders.OrderDetails;
import com.serviceportal.orders.OrderService;
import com.serviceportal.platform.Choice;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.Caller;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.util.stream.Collectors;

/**
 * Test-only helper of {@link FaultReportIT}, which runs beside its GreenMail outside the server:
 * sends fault reports as a demo contact, accepts and rejects them as the desk, reads a customer's
 * reports and orders, and changes (answering the previous value) a setting, a contact's "order
 * directly" option and a customer's account manager. Answers are tab-separated lines; "not found"
 * when the service refused.
 */
@WebServlet("/it/fault-report/*")
public class FaultReportITDriver extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient FaultReportService reports;

    @Inject
    private transient OrderService orders;

    @Inject
    private transient Caller caller;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String answer;
        try {
            answer = switch (request.getPathInfo()) {
                case "/report" -> report(request);
                case "/choices" -> choices(request);
                case "/new-report" -> newReport(request);
                case "/customer-id" -> Long.toString(DemoData.customerId(request.getParameter("name")));
                case "/equipment-id" -> Long.toString(equipmentId(request.getParameter("idNumber")));
                case "/accept" -> accept(request);
                case "/reject" -> reject(request);
                case "/reports" -> reports(request);
                case "/queue" -> queue();
                case "/order" -> order(request);
                case "/setting" -> setting(request);
                case "/order-directly" -> orderDirectly(request);
                case "/account-manager" -> accountManager(request);
                default -> null;
            };
        } catch (NotFoundException e) {
            answer = "not found";
        } catch (EJBException e) {
            answer = e.getCausedByException() instanceof NotFoundException ? "not found" : "failed: " + e;
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

    private String report(HttpServletRequest request) throws SQLException {
        signIn(request.getParameter("user"));
        NewFaultReport form = new NewFaultReport();
        form.setSiteId(DemoData.customerId(request.getParameter("site")));
        String item = request.getParameter("equipment");
        form.setEquipmentId(item == null ? null : equipmentId(item));
        form.setDescription(request.getParameter("description"));
        FaultReportOutcome outcome = reports.report(form);
        return (outcome.isOrdered() ? "ORDERED" : "WAITING") + "\t" + outcome.reportId() + "\t"
                + (outcome.isOrdered() ? outcome.orderId() + "\t" + outcome.orderNumber() : "\t");
    }

    /** The items the report form offers on a site, one label per line. */
    private String choices(HttpServletRequest request) {
        signIn(request.getParameter("user"));
        return reports.choices(DemoData.customerId(request.getParameter("site"))).equipment().stream()
                .map(Choice::getLabel)
                .collect(Collectors.joining("\n"));
    }

    /** The form "Request service" on an item opens with: "site-id equipment-id". */
    private String newReport(HttpServletRequest request) throws SQLException {
        signIn(request.getParameter("user"));
        NewFaultReport form = reports.newReport(null, equipmentId(request.getParameter("equipment")));
        return form.getSiteId() + " " + form.getEquipmentId();
    }

    private String accept(HttpServletRequest request) {
        signIn(DemoData.TECHNICIAN);
        FaultReportRow waiting = waiting(Long.parseLong(request.getParameter("id")));
        FaultReportOutcome outcome = reports.accept(waiting.id(), waiting.version());
        return outcome.orderId() + "\t" + outcome.orderNumber();
    }

    private String reject(HttpServletRequest request) {
        signIn(DemoData.TECHNICIAN);
        FaultReportRow waiting = waiting(Long.parseLong(request.getParameter("id")));
        reports.reject(waiting.id(), waiting.version(), request.getParameter("reason"));
        return "rejected";
    }

    /** The caller's reports: id, status, reason, order number, description. */
    private String reports(HttpServletRequest request) {
        signIn(request.getParameter("user"));
        return reports.visibleReports().stream()
                .map(r -> r.id() + "\t" + r.status() + "\t" + text(r.rejectReason()) + "\t" + text(r.orderNumber())
                        + "\t" + r.description())
                .collect(Collectors.joining("\n"));
    }

    /** The desk's queue: id, description. */
    private String queue() {
        signIn(DemoData.TECHNICIAN);
        return reports.queue().stream()
                .map(r -> r.id() + "\t" + r.description())
                .collect(Collectors.joining("\n"));
    }

    /** One order as a customer sees it: number, type, status, site, equipment. */
    private String order(HttpServletRequest request) {
        signIn(request.getParameter("user"));
        OrderDetails order = orders.visibleOrder(Long.parseLong(request.getParameter("id")));
        return order.number() + "\t" + order.type() + "\t" + order.status() + "\t" + order.site() + "\t"
                + text(order.equipment());
    }

    private String setting(HttpServletRequest request) throws SQLException {
        String name = request.getParameter("name");
        String previous = DemoData.text("SELECT setting_value FROM portal_setting WHERE name = ?", name);
        DemoData.update(
                "UPDATE portal_setting SET setting_value = ? WHERE name = ?",
                emptyToNull(request.getParameter("value")),
                name);
        return text(previous);
    }

    private String orderDirectly(HttpServletRequest request) throws SQLException {
        String user = request.getParameter("user");
        String contact = "(SELECT contact_id FROM user_account WHERE username = ?)";
        String previous = DemoData.text("SELECT order_directly FROM contact WHERE id = " + contact, user);
        DemoData.update(
                "UPDATE contact SET order_directly = ? WHERE id = " + contact,
                Boolean.parseBoolean(request.getParameter("value")),
                user);
        return Boolean.toString("1".equals(previous) || "true".equalsIgnoreCase(previous));
    }

    /** Sets a customer's account manager by username (none when empty); answers the previous one. */
    private String accountManager(HttpServletRequest request) throws SQLException {
        String customer = request.getParameter("customer");
        String previous = DemoData.text(
                "SELECT a.username FROM customer c LEFT JOIN user_account a ON a.id = c.account_manager_id"
                        + " WHERE c.name = ?",
                customer);
        String user = emptyToNull(request.getParameter("user"));
        DemoData.update(
                "UPDATE customer SET account_manager_id = ? WHERE name = ?",
                user == null ? null : DemoData.accountId(user),
                customer);
        return text(previous);
    }

    private FaultReportRow waiting(long id) {
        return reports.queue().stream().filter(r -> r.id() == id).findFirst().orElseThrow(NotFoundException::new);
    }

    private void signIn(String username) {
        caller.signIn(DemoData.accountId(username));
    }

    private static long equipmentId(String idNumber) throws SQLException {
        return Long.parseLong(DemoData.text("SELECT id FROM equipment WHERE id_number = ?", idNumber));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
