package com.serviceportal.security;

/** The four roles of the portal; the name is what Shiro's URL rules and {@code hasRole} use. */
public enum Role {
    CUSTOMER("customer"),
    TECHNICIAN("technician"),
    SUPERVISOR("supervisor"),
    ADMINISTRATOR("administrator");

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }

    /** Service-desk staff see every customer; customers see only their own tree. */
    public boolean isStaff() {
        return this != CUSTOMER;
    }
}
