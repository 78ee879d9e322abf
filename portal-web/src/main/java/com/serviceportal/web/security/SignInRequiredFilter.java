package com.serviceportal.web.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.apache.shiro.web.filter.authc.PassThruAuthenticationFilter;
import org.apache.shiro.web.util.WebUtils;

/**
 * Sends visitors who are not signed in to the sign-in page and remembers where they were going.
 * An AJAX request (e.g. after the session timed out) gets a Faces partial response that redirects,
 * because a plain HTTP redirect would be swallowed by the AJAX call.
 */
public class SignInRequiredFilter extends PassThruAuthenticationFilter {

    @Override
    protected void redirectToLogin(ServletRequest request, ServletResponse response) throws IOException {
        HttpServletRequest http = WebUtils.toHttp(request);
        if ("partial/ajax".equals(http.getHeader("Faces-Request"))) {
            String target = http.getContextPath() + getLoginUrl();
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"")
                    .append(target)
                    .append("\"/></partial-response>");
        } else {
            super.redirectToLogin(request, response);
        }
    }
}
