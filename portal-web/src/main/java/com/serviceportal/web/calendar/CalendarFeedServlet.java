package com.serviceportal.web.calendar;

import com.serviceportal.calendar.CalendarFeedService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A contact's calendar feed ({@code /calendar/feed/<secret>.ics}), read by calendar programs that
 * cannot sign in: the secret in the address is the only key, and the service answers an unknown,
 * renewed or no longer good one exactly as a missing page.
 */
@WebServlet(name = "CalendarFeed", urlPatterns = "/calendar/feed/*")
public class CalendarFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient CalendarFeedService feeds;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<String> feed = name.endsWith(".ics")
                ? feeds.feed(name.substring(0, name.length() - ".ics".length()))
                : Optional.empty();
        if (feed.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = feed.get().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar; charset=UTF-8");
        response.setContentLength(content.length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        // the address is a secret: no shared cache keeps the feed, and no page it is linked from learns it
        response.setHeader("Cache-Control", "private, no-cache");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.getOutputStream().write(content);
    }
}
