package com.serviceportal.benchmark;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Test-only yardstick of the throughput benchmark, deployed only with it: the first page of the
 * customer case list of benchmark contact {@code ?contact=N}, read with plain JDBC by the statement
 * {@code CaseSearch} runs on H2 for that contact's default list (its company and the company's two
 * sites, open cases, newest first, 20 rows and one more), and written as a plain HTML table. The
 * page's time above this one is what Faces, the session, the scope and the services cost.
 */
@WebServlet("/benchmark/bare-case-list")
public class BareCaseList extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The page's rows per page (list.xhtml). */
    private static final int PAGE = 20;

    /** One customer's open cases, newest first: one part of the list, as CaseSearch writes it. */
    private static final String PART = "(SELECT c.id AS case_id, c.case_number AS case_number,"
            + " c.summary AS summary, c.severity AS severity, s.name AS status_name, c.complete AS complete,"
            + " cu.name AS customer_name, p.name AS company_name, t.name AS team_name,"
            + " a.display_name AS assignee_name, c.created_at AS created_at, c.due_at AS due_at,"
            + " c.at_risk_at AS at_risk_at, c.clock_paused_at AS clock_paused_at, c.created_at AS sort_key,"
            + " CASE WHEN c.created_at IS NULL THEN 1 ELSE 0 END AS sort_key_missing,"
            + " s.name_sv AS status_name_sv, t.name_sv AS team_name_sv"
            + " FROM service_case c"
            + " JOIN tracking_status s ON s.id = c.customer_status_id"
            + " JOIN customer cu ON cu.id = c.customer_id"
            + " LEFT JOIN customer p ON p.id = cu.parent_id"
            + " LEFT JOIN team t ON t.id = c.team_id"
            + " LEFT JOIN user_account a ON a.id = c.assignee_id"
            + " WHERE 1 = 1 AND c.customer_id = ? AND c.complete = ?"
            + " ORDER BY c.customer_id, c.complete, c.created_at DESC, c.id DESC"
            + " OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY)";

    /** The three parts merged in the list's order. */
    private static final String QUERY = PART + " UNION ALL " + PART + " UNION ALL " + PART
            + " ORDER BY sort_key DESC, case_id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";

    @Resource(lookup = "jdbc/portal")
    private DataSource database;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int company = Integer.parseInt(request.getParameter("contact"));
        response.setContentType("text/html;charset=UTF-8");
        PrintWriter out = response.getWriter();
        out.append("<!DOCTYPE html><html><body><table>");
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(QUERY)) {
            int parameter = 1;
            // the contact's scope: its company, then the company's sites, in id order
            for (int site = 0; site <= CaseListBenchmarkData.SITES_PER_COMPANY; site++) {
                query.setLong(parameter++, CaseListBenchmarkData.customerId(company, site));
                query.setBoolean(parameter++, false);
                query.setInt(parameter++, PAGE + 1);
            }
            query.setInt(parameter++, 0);
            query.setInt(parameter, PAGE + 1);
            try (ResultSet rows = query.executeQuery()) {
                for (int n = 0; n < PAGE && rows.next(); n++) {
                    String parent = rows.getString("company_name");
                    out.append("<tr data-ri=\"\"><td>")
                            .append(Long.toString(rows.getLong("case_number")))
                            .append("</td><td>")
                            .append(escape(rows.getString("summary")))
                            .append("</td><td>")
                            .append(escape(parent == null ? rows.getString("customer_name") : parent))
                            .append("</td><td>")
                            .append(escape(rows.getString("status_name")))
                            .append("</td><td>")
                            .append(rows.getString("severity"))
                            .append("</td><td>")
                            .append(String.valueOf(
                                    rows.getTimestamp("created_at").toInstant()))
                            .append("</td></tr>");
                }
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
        out.append("</table></body></html>");
    }

    private static String escape(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
    }
}
