package com.serviceportal.customers;

import java.io.Serializable;

/**
 * One site a contact's form offers to choose, with what its picker filters by.
 *
 * @param id the site's customer id
 * @param name its name
 * @param accountNumber its reference (account) number
 * @param city its city, or {@code null}
 * @param category its category, or {@code null}
 * @param active whether it is active
 */
public record SiteOption(long id, String name, String accountNumber, String city, String category, boolean active)
        implements Serializable {

    public long getId() {
        return id;
    }

    /** Name, reference number, city and category, as the picker lists them. */
    public String getLabel() {
        StringBuilder label = new StringBuilder(name).append(" · ").append(accountNumber);
        if (city != null) {
            label.append(" · ").append(city);
        }
        if (category != null) {
            label.append(" · ").append(category);
        }
        return label.toString();
    }

    public boolean isActive() {
        return active;
    }
}
