package com.serviceportal.web.security;

import org.apache.shiro.subject.Subject;

/** Where each audience starts: customers in the portal, staff at the desk. */
final class StartPage {

    static final String PORTAL = "/portal/cases/list.xhtml";
    static final String DESK = "/desk/cases/queue.xhtml";

    private StartPage() {}

    static String of(Subject subject) {
        return subject.hasRole("customer") ? PORTAL : DESK;
    }
}
