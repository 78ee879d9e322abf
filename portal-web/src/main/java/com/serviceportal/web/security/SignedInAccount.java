package com.serviceportal.web.security;

import com.serviceportal.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.PrincipalCollection;

/** The signed-in user's name for the page header, and whether the administration menu is shown. */
@Named
@RequestScoped
public class SignedInAccount {

    private String displayName;
    private boolean staff;
    private boolean administrator;

    @PostConstruct
    void read() {
        PrincipalCollection principals = SecurityUtils.getSubject().getPrincipals();
        AccountPrincipal principal = principals == null ? null : principals.oneByType(AccountPrincipal.class);
        if (principal != null) {
            displayName = principal.displayName();
            staff = principal.role().isStaff();
            administrator = principal.role() == Role.ADMINISTRATOR;
        }
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isStaff() {
        return staff;
    }

    public boolean isAdministrator() {
        return administrator;
    }
}
