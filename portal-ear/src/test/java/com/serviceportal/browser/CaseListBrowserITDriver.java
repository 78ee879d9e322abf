package com.serviceportal.browser;

import com.serviceportal.cases.CaseService;
import com.serviceportal.cases.NewCase;
import com.serviceportal.cases.Severity;
import com.serviceportal.it.DemoData;
import com.serviceportal.security.Caller;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-only helper of {@link CaseListBrowserIT}: raises many cases at once through the case service,
 * as a demo contact, so a list has pages to turn. Answers their numbers, comma-separated, in order.
 */
@WebServlet("/it/case-list/*")
public class CaseListBrowserITDriver extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient CaseService cases;

    @Inject
    private transient Caller caller;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/raise".equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        caller.signIn(DemoData.accountId(request.getParameter("user")));
        List<String> numbers = new ArrayList<>();
        int count = Integer.parseInt(request.getParameter("count"));
        for (int i = 1; i <= count; i++) {
            NewCase newCase = new NewCase();
            newCase.setSummary(request.getParameter("summary") + " " + i);
            newCase.setSeverity(Severity.MEDIUM);
            numbers.add(Long.toString(cases.raise(newCase).getNumber()));
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().append(String.join(",", numbers));
    }
}
