package com.serviceportal.web.security;

import com.serviceportal.security.Caller;
import com.serviceportal.security.ClientAddress;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.PrincipalCollection;

/**
 * Tells the EJB layer who is calling: runs inside the Shiro filter and copies the authenticated
 * account into the request's {@link Caller}, and the client's address into {@link ClientAddress}. A
 * session whose login was disabled, or whose contact was deleted, since it signed in ends at its next
 * page.
 */
public class CallerFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private Caller caller;

    @Inject
    private ClientAddress clientAddress;

    private static boolean inSignedInArea(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.startsWith("/portal/") || path.startsWith("/desk/");
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        PrincipalCollection principals = SecurityUtils.getSubject().getPrincipals();
        AccountPrincipal principal = principals == null ? null : principals.oneByType(AccountPrincipal.class);
        if (principal != null) {
            caller.signIn(principal.accountId());
            if (inSignedInArea((HttpServletRequest) request) && !caller.maySignIn()) {
                // a login disabled, or a contact deleted, since it signed in: its session ends here
                SecurityUtils.getSubject().logout();
                HttpServletRequest http = (HttpServletRequest) request;
                ((HttpServletResponse) response).sendRedirect(http.getContextPath() + "/signin.xhtml");
                return;
            }
        }
        clientAddress.set(RequestAddress.of((HttpServletRequest) request));
        chain.doFilter(request, response);
    }
}
