package com.serviceportal.security;

import java.util.EnumSet;
import java.util.Set;

/** Who may call a service method, as the roles Shiro signs people in with. */
public enum Audience {
    /** Nobody needs to be signed in: signing in itself, and the single-use links. */
    ANYONE(EnumSet.allOf(Role.class)),
    /** Customers and the service desk: each sees what its scope allows. */
    SIGNED_IN(EnumSet.allOf(Role.class)),
    /** Contacts of customers only. */
    CUSTOMERS(EnumSet.of(Role.CUSTOMER)),
    /** The service desk: technicians, supervisors and administrators. */
    STAFF(EnumSet.of(Role.TECHNICIAN, Role.SUPERVISOR, Role.ADMINISTRATOR)),
    /** Administrators only. */
    ADMINISTRATORS(EnumSet.of(Role.ADMINISTRATOR));

    private final Set<Role> roles;

    Audience(Set<Role> roles) {
        this.roles = roles;
    }

    public boolean admits(Role role) {
        return roles.contains(role);
    }

    /** Whether a caller must be signed in. */
    public boolean needsSignIn() {
        return this != ANYONE;
    }
}
