package com.serviceportal.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers every answer carries, set before anything is written. The Content-Security-Policy of a
 * page comes from PrimeFaces (context parameter {@code primefaces.CSP_POLICY}), whose script nonce
 * changes with every page; an answer that is not a page gets one that forbids framing, so that a
 * second policy never narrows a page's scripts.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String RESOURCES = "/jakarta.faces.resource/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader(
                "Permissions-Policy",
                "camera=(), microphone=(), geolocation=(), payment=(), usb=(), fullscreen=(self)");
        // For browsers that predate frame-ancestors.
        response.setHeader("X-Frame-Options", "DENY");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(RESOURCES)) {
            // Pages show one user's data: no copy in the browser's or a proxy's cache, not even after sign-out.
            response.setHeader("Cache-Control", "no-store");
            if (!path.endsWith(".xhtml") && !path.endsWith("/")) {
                response.setHeader(
                        "Content-Security-Policy", "frame-ancestors 'none'; object-src 'none'; base-uri 'self'");
            }
        }
        chain.doFilter(request, response);
    }
}
