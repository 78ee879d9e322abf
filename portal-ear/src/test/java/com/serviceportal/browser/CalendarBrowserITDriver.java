package com.serviceportal.browser;

import com.serviceportal.it.DemoData;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;

/**
 * Test-only helper of {@link CalendarBrowserIT}: {@code /forget-address?username=…} removes the
 * demo login's calendar address, so its page offers to make one, as before it ever had one.
 */
@WebServlet("/it/calendar-browser/*")
public class CalendarBrowserITDriver extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/forget-address".equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            DemoData.update(
                    "DELETE FROM calendar_feed WHERE contact_id = (SELECT contact_id FROM user_account WHERE username = ?)",
                    request.getParameter("username"));
        } catch (SQLException e) {
            throw new IOException(e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().append("forgotten");
    }
}
