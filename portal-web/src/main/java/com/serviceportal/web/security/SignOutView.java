package com.serviceportal.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.apache.shiro.SecurityUtils;

/** The sign-out button in both templates; a POST, so no other site can sign a user out. */
@Named
@RequestScoped
public class SignOutView {

    @Inject
    private ExternalContext external;

    public void signOut() throws IOException {
        SecurityUtils.getSubject().logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/signin.xhtml?signedOut=true");
    }
}
