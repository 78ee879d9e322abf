package com.serviceportal.browser;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.Collections;

/**
 * Test-only helper of {@link NewCaseBrowserIT}: answers with the size in bytes of the caller's HTTP
 * session serialized as a cluster would replicate it (every attribute, Java serialization). Payara
 * writes a reference to a local EJB as a small handle through its own stream; here such a
 * reference is written as its class name, which is of the same order.
 */
@WebServlet("/it/session-size")
public class NewCaseBrowserITSessionSize extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        long bytes = 0;
        StringBuilder parts = new StringBuilder();
        if (session != null) {
            for (String name : Collections.list(session.getAttributeNames())) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                try (ObjectOutputStream out = new EjbHandleStream(buffer)) {
                    out.writeObject(session.getAttribute(name));
                }
                bytes += buffer.size();
                parts.append(name).append('=').append(buffer.size()).append('\n');
            }
        }
        response.setContentType("text/plain");
        response.getWriter().append(Long.toString(bytes)).append('\n').append(parts);
    }

    /** Replaces the container's non-serializable EJB views by a handle-sized stand-in. */
    private static final class EjbHandleStream extends ObjectOutputStream {

        EjbHandleStream(ByteArrayOutputStream buffer) throws IOException {
            super(buffer);
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object object) {
            boolean ejbView = !(object instanceof java.io.Serializable)
                    && object.getClass().getName().contains("EJB");
            return ejbView ? "ejb-handle:" + object.getClass().getName() : object;
        }
    }
}
