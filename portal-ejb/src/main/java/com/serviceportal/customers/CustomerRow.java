package com.serviceportal.customers;

import java.io.Serializable;

/**
 * A company or a site as the desk's customer list shows it.
 *
 * @param companyName the site's company; {@code null} for a company
 */
public record CustomerRow(
        long id, String accountNumber, String name, String companyName, String city, String countryCode)
        implements Serializable {

    public boolean isSite() {
        return companyName != null;
    }
}
