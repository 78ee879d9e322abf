package com.serviceportal.browser;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Test-only helper of {@link CaseListBrowserIT}: counts the writes (attributes added, replaced or
 * removed) into each HTTP session, and answers the names written into the caller's, one a line. A cluster replicates a session
 * each time it is written, so a page that only shows data should write nothing.
 */
@WebListener
@WebServlet("/it/session-writes")
public class CaseListBrowserITSessionWrites extends HttpServlet implements HttpSessionAttributeListener {

    private static final long serialVersionUID = 1L;

    private static final Map<String, List<String>> WRITES = new ConcurrentHashMap<>();

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        written(event);
    }

    @Override
    public void attributeReplaced(HttpSessionBindingEvent event) {
        written(event);
    }

    @Override
    public void attributeRemoved(HttpSessionBindingEvent event) {
        written(event);
    }

    private static void written(HttpSessionBindingEvent event) {
        WRITES.computeIfAbsent(event.getSession().getId(), id -> new CopyOnWriteArrayList<>())
                .add(event.getName());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        List<String> written = session == null ? List.of() : WRITES.getOrDefault(session.getId(), List.of());
        response.setContentType("text/plain");
        response.getWriter().append(String.join("\n", written));
    }
}
