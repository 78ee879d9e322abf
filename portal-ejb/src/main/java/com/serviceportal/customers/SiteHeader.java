package com.serviceportal.customers;

import java.io.Serializable;

/**
 * What heads every page of one site: its name and address, its company, and whether the caller
 * has other sites to go back to.
 *
 * @param id the site's customer id
 * @param accountNumber its account number
 * @param name its name
 * @param companyName the company it belongs to; {@code null} for a company itself
 * @param address its address
 * @param accountManager the staff member who looks after the account ("our reference"), or {@code null}
 * @param open what is still open on it
 * @param otherSitesVisible whether the caller sees more sites than this one (the Job Sites list)
 */
public record SiteHeader(
        long id,
        String accountNumber,
        String name,
        String companyName,
        SiteAddress address,
        String accountManager,
        OpenActivities open,
        boolean otherSitesVisible)
        implements Serializable {}
