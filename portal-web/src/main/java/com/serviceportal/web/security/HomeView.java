package com.serviceportal.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;

/** The site's root ({@code /index.xhtml}): sends each visitor to where they start. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    private ExternalContext external;

    public void route() throws IOException {
        Subject subject = SecurityUtils.getSubject();
        String target = subject.isAuthenticated() ? StartPage.of(subject) : "/signin.xhtml";
        external.redirect(external.getRequestContextPath() + target);
    }
}
