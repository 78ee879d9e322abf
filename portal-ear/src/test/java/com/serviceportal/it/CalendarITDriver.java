package com.serviceportal.it;

import com.serviceportal.calendar.CalendarEntry;
import com.serviceportal.calendar.CalendarFeedService;
import com.serviceportal.calendar.CalendarPeriod;
import com.serviceportal.calendar.CalendarService;
import com.serviceportal.security.Caller;
import com.serviceportal.settings.PortalTabService;
import com.serviceportal.settings.PortalTabs;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * Test-only helper of {@link CalendarIT}: files a company of its own (a site with visits and a
 * contract, a contact of the company and one of the site, each with a login) beside another company's visit, reads a login's calendar,
 * makes and renews a contact's feed address, disables a login, and removes it all again.
 */
@WebServlet("/it/calendar/*")
public class CalendarITDriver extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Caller caller;

    @Inject
    private transient CalendarService calendar;

    @Inject
    private transient CalendarFeedService feeds;

    @Inject
    private transient PortalTabService portalTabs;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            String answer =
                    switch (request.getPathInfo()) {
                        case "/setup" -> setup(Long.parseLong(request.getParameter("base")));
                        case "/entries" -> entries(request);
                        case "/renew" -> renew(Long.parseLong(request.getParameter("account")));
                        case "/disable" ->
                            sql(
                                    "UPDATE user_account SET enabled = 0 WHERE id = ?",
                                    Long.parseLong(request.getParameter("account")));
                        case "/teardown" ->
                            teardown(
                                    Long.parseLong(request.getParameter("base")),
                                    Boolean.parseBoolean(request.getParameter("tabWasOn")));
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

    /**
     * The company (base), its site (base + 1), the contact (base + 2) and its login (base + 3);
     * another company (base + 4); the site's contact (base + 5) and its login (base + 6); on the site a visit at 10:00 on the 5th of next month (base + 10),
     * an order planned for the 6th without a time (base + 11) and a cancelled visit (base + 12); the
     * other company's visit on the 5th (base + 13); a "by month" contract on the company restoring
     * its hours on the 15th (base + 20). Turns the Calendar tab on; answers whether it was on.
     */
    private String setup(long base) throws SQLException {
        String tag = Long.toString(base);
        LocalDate next = LocalDate.now().withDayOfMonth(1).plusMonths(1);
        customer(base, "CAL" + tag, "Calendar company " + tag, null);
        customer(base + 1, "CAL" + tag + "-1", "Calendar site " + tag, base);
        customer(base + 4, "CALX" + tag, "Other calendar company " + tag, null);
        sql(
                "INSERT INTO contact (id, customer_id, first_name, last_name, email, version) VALUES (?, ?, 'Cal', 'Endar', ?, 0)",
                base + 2,
                base,
                "cal." + tag + "@example.com");
        sql(
                "INSERT INTO user_account (id, username, password_hash, role, display_name, contact_id, enabled, version)"
                        + " VALUES (?, ?, 'x', 'CUSTOMER', 'Cal Endar', ?, 1, 0)",
                base + 3,
                "cal" + tag,
                base + 2);
        sql(
                "INSERT INTO contact (id, customer_id, first_name, last_name, email, version) VALUES (?, ?, 'Cal', 'Site', ?, 0)",
                base + 5,
                base + 1,
                "cal.site." + tag + "@example.com");
        sql(
                "INSERT INTO user_account (id, username, password_hash, role, display_name, contact_id, enabled, version)"
                        + " VALUES (?, ?, 'x', 'CUSTOMER', 'Cal Site', ?, 1, 0)",
                base + 6,
                "cal" + tag + "s",
                base + 5);
        order(
                base + 10,
                base + 1,
                "SCHEDULED",
                "Own visit " + tag,
                next.plusDays(4),
                next.plusDays(4).atTime(10, 0));
        order(base + 11, base + 1, "SCHEDULED", "Own planned day " + tag, next.plusDays(5), null);
        order(
                base + 12,
                base + 1,
                "CANCELLED",
                "Own cancelled visit " + tag,
                next.plusDays(4),
                next.plusDays(4).atTime(12, 0));
        order(
                base + 13,
                base + 4,
                "SCHEDULED",
                "Other company visit " + tag,
                next.plusDays(4),
                next.plusDays(4).atTime(10, 0));
        sql(
                "INSERT INTO contract (id, reference, customer_id, contract_type, state, start_date, monthly_minutes, rollover_day, version)"
                        + " VALUES (?, ?, ?, 'SUPPORT_HOURS_BY_MONTH', 'ACTIVE', ?, 600, 15, 0)",
                base + 20,
                "CAL-" + tag,
                base,
                java.sql.Date.valueOf(next.minusMonths(2)));

        caller.signIn(DemoData.accountId(DemoData.ADMINISTRATOR));
        PortalTabs tabs = portalTabs.current();
        boolean wasOn = tabs.isCalendar();
        if (!wasOn) {
            tabs.setCalendar(true);
            portalTabs.save(tabs);
        }
        return Boolean.toString(wasOn);
    }

    /** A login's calendar ("account", or the demo's "username"): one "uid|allDay|title" line per entry. */
    private String entries(HttpServletRequest request) {
        String username = request.getParameter("username");
        caller.signIn(
                username == null ? Long.parseLong(request.getParameter("account")) : DemoData.accountId(username));
        LocalDate from = LocalDate.parse(request.getParameter("from"));
        return calendar.entries(new CalendarPeriod(from, from.plusMonths(1))).stream()
                .map(CalendarITDriver::line)
                .collect(Collectors.joining("\n"));
    }

    private static String line(CalendarEntry entry) {
        return entry.uid() + "|" + entry.allDay() + "|" + entry.title();
    }

    /** A new feed address for the login's contact: its path. */
    private String renew(long account) {
        caller.signIn(account);
        return feeds.renew(feeds.address().version()).path();
    }

    private String teardown(long base, boolean tabWasOn) throws SQLException {
        sql("DELETE FROM calendar_feed WHERE contact_id IN (?, ?)", base + 2, base + 5);
        sql("DELETE FROM work_order WHERE id BETWEEN ? AND ?", base + 10, base + 19);
        sql("DELETE FROM contract WHERE id = ?", base + 20);
        sql("DELETE FROM user_account WHERE id IN (?, ?)", base + 3, base + 6);
        sql("DELETE FROM contact WHERE id IN (?, ?)", base + 2, base + 5);
        sql("DELETE FROM customer WHERE id = ?", base + 1);
        sql("DELETE FROM customer WHERE id IN (?, ?)", base, base + 4);
        if (!tabWasOn) {
            caller.signIn(DemoData.accountId(DemoData.ADMINISTRATOR));
            PortalTabs tabs = portalTabs.current();
            tabs.setCalendar(false);
            portalTabs.save(tabs);
        }
        return "removed";
    }

    private static void customer(long id, String account, String name, Long parent) throws SQLException {
        sql(
                "INSERT INTO customer (id, account_number, name, parent_id, version) VALUES (?, ?, ?, ?, 0)",
                id,
                account,
                name,
                parent);
    }

    private static void order(
            long id, long site, String status, String description, LocalDate planned, java.time.LocalDateTime visit)
            throws SQLException {
        sql(
                "INSERT INTO work_order (id, order_number, order_type, customer_id, status, description, planned_date, visit_at, created_at, version)"
                        + " VALUES (?, NEXT VALUE FOR work_order_number_seq, 'SERVICE', ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, 0)",
                id,
                site,
                status,
                description,
                java.sql.Date.valueOf(planned),
                visit == null ? null : Timestamp.valueOf(visit));
    }

    private static String sql(String statement, Object... parameters) throws SQLException {
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement update = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] == null) {
                    update.setNull(i + 1, java.sql.Types.NULL);
                } else {
                    update.setObject(i + 1, parameters[i]);
                }
            }
            return Integer.toString(update.executeUpdate());
        }
    }
}
