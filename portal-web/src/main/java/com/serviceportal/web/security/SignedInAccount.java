package com.serviceportal.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.PrincipalCollection;

/** The signed-in user's name for the page header. */
@Named
@RequestScoped
public class SignedInAccount {

    private String displayName;
    private boolean staff;

    @PostConstruct
    void read() {
        PrincipalCollection principals = SecurityUtils.getSubject().getPrincipals();
        AccountPrincipal principal = principals == null ? null : principals.oneByType(AccountPrincipal.class);
        if (principal != null) {
            displayName = principal.displayName();
            staff = principal.role().isStaff();
        }
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isStaff() {
        return staff;
    }
}
