package com.serviceportal.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie is sent only over HTTPS ({@code Secure}) unless the server property
 * {@code portal.secure-cookies} is {@code false}, which only the demo domain sets, as it serves plain
 * HTTP on localhost. {@code HttpOnly} and {@code SameSite=Lax} are set in web.xml.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    static final String SECURE_COOKIES = "portal.secure-cookies";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().getSessionCookieConfig().setSecure(secure(System.getProperty(SECURE_COOKIES)));
    }

    /** On unless the property says {@code false}: a missing or mistyped setting keeps cookies on HTTPS. */
    static boolean secure(String setting) {
        return setting == null || !setting.strip().equalsIgnoreCase("false");
    }
}
