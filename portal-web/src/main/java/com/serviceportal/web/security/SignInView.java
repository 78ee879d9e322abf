package com.serviceportal.web.security;

import com.serviceportal.security.SessionPolicy;
import com.serviceportal.web.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.util.SavedRequest;
import org.apache.shiro.web.util.WebUtils;

/** The sign-in page ({@code /signin.xhtml}): a username or an e-mail address, and the password. */
@Named
@RequestScoped
public class SignInView {

    @Inject
    private ExternalContext external;

    @Inject
    private Feedback feedback;

    @Inject
    private SessionPolicy sessions;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    /** A signed-in user who opens the sign-in page goes to their start page instead. */
    public void redirectIfSignedIn() throws IOException {
        Subject subject = SecurityUtils.getSubject();
        if (subject.isAuthenticated()) {
            external.redirect(external.getRequestContextPath() + StartPage.of(subject));
        }
    }

    public void signIn() throws IOException {
        Subject subject = SecurityUtils.getSubject();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        try {
            subject.login(new UsernamePasswordToken(username, password, false, RequestAddress.of(request)));
        } catch (IncorrectCredentialsException refused) {
            // a wrong password, a name nobody has and a lock all read the same
            feedback.error("signin.failed");
            password = null;
            return;
        } catch (AuthenticationException fault) {
            // the password could not be checked (the directory or the server failed): saying it was
            // wrong would send the person to reset a password that is fine
            feedback.error("signin.unavailable");
            password = null;
            return;
        }
        // A new session id at sign-in, so an id planted before sign-in is worthless afterwards.
        request.changeSessionId();
        request.getSession().setMaxInactiveInterval((int) sessions.idleSignOut().toSeconds());

        SavedRequest saved = WebUtils.getAndClearSavedRequest(request);
        boolean savedIsGet = saved != null && "GET".equalsIgnoreCase(saved.getMethod());
        external.redirect(
                savedIsGet ? saved.getRequestUrl() : external.getRequestContextPath() + StartPage.of(subject));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
