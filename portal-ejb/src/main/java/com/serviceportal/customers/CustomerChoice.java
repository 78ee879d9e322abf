package com.serviceportal.customers;

import java.io.Serializable;

/** A customer the caller may pick: the company itself or one of its sites. */
public final class CustomerChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final boolean site;

    public CustomerChoice(long id, String name, boolean site) {
        this.id = id;
        this.name = name;
        this.site = site;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isSite() {
        return site;
    }
}
