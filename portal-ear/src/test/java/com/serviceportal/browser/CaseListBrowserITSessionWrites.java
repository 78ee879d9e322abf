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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test-only helper of {@link CaseListBrowserIT}: counts the writes (attributes added, replaced or
 * removed) into each HTTP session, and answers the caller's count. A cluster replicates a session
 * each time it is written, so a page that only shows data should write nothing.
 */
@WebListener
@WebServlet("/it/session-writes")
public class CaseListBrowserITSessionWrites extends HttpServlet implements HttpSessionAttributeListener {

    private static final long serialVersionUID = 1L;

    private static final Map<String, AtomicInteger> WRITES = new ConcurrentHashMap<>();

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
        WRITES.computeIfAbsent(event.getSession().getId(), id -> new AtomicInteger())
                .incrementAndGet();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        int writes = session == null
                ? 0
                : WRITES.getOrDefault(session.getId(), new AtomicInteger()).get();
        response.setContentType("text/plain");
        response.getWriter().append(Integer.toString(writes));
    }
}
