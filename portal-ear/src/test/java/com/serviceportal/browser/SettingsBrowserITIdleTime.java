package com.serviceportal.browser;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Test-only helper of {@link SettingsBrowserIT}: answers how many seconds the caller's session may
 * stay idle before the server ends it (and so signs the user out), or "none" without a session.
 */
@WebServlet("/it/idle-time")
public class SettingsBrowserITIdleTime extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        response.setContentType("text/plain");
        response.getWriter().append(session == null ? "none" : Integer.toString(session.getMaxInactiveInterval()));
    }
}
