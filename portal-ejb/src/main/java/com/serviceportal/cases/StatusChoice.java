package com.serviceportal.cases;

import java.io.Serializable;
import java.util.Locale;

/** A tracking status to pick for a note, and whether a note in it is visible to the customer. */
public final class StatusChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final boolean visibleToCustomer;

    StatusChoice(TrackingStatus status, Locale reader) {
        this.id = status.getId();
        this.name = status.name(reader);
        this.visibleToCustomer = status.isAvailableToCustomers();
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isVisibleToCustomer() {
        return visibleToCustomer;
    }
}
