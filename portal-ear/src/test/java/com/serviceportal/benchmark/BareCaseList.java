package com.serviceportal.benchmark;

import com.serviceportal.cases.CaseFilter;
import com.serviceportal.cases.CaseRow;
import com.serviceportal.cases.CaseSearch;
import com.serviceportal.cases.CaseSort;
import com.serviceportal.security.Caller;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Test-only yardstick of the throughput benchmark, deployed only with it: the first page of the
 * customer case list of benchmark contact {@code ?contact=N}, read by the same {@link CaseSearch}
 * call the page makes (its default filter, newest first, 20 rows) and written as a plain HTML
 * table. The page's time above this one is what Faces, the session and the view state cost.
 */
@WebServlet("/benchmark/bare-case-list")
public class BareCaseList extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The page's rows per page (list.xhtml). */
    private static final int PAGE = 20;

    @Inject
    private transient CaseSearch caseSearch;

    @Inject
    private transient Caller caller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Signed in as the page's filter signs in: the account only, its scope read per request.
        caller.signIn(CaseListBenchmarkData.FIRST_ACCOUNT_ID + Integer.parseInt(request.getParameter("contact")));
        response.setContentType("text/html;charset=UTF-8");
        PrintWriter out = response.getWriter();
        out.append("<!DOCTYPE html><html><body><table>");
        for (CaseRow row : caseSearch
                .search(new CaseFilter(), CaseSort.NEWEST_FIRST, 0, PAGE)
                .getRows()) {
            out.append("<tr data-ri=\"\"><td>")
                    .append(Long.toString(row.getNumber()))
                    .append("</td><td>")
                    .append(escape(row.getSummary()))
                    .append("</td><td>")
                    .append(escape(row.getCustomer()))
                    .append("</td><td>")
                    .append(escape(row.getStatus()))
                    .append("</td><td>")
                    .append(row.getSeverity().name())
                    .append("</td><td>")
                    .append(String.valueOf(row.getCreatedAt()))
                    .append("</td></tr>");
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
